#### echo words and quoting
echo hello   world
echo 'single  quoted' "double  quoted" mixed'q'"u"ote
echo "a\$b" 'a\$b' a\ b
#### escapes inside double quotes
echo "tab\there" "quote\"d" "back\\slash" "dollar\$" "keep\q"
#### variables and braces
x=world; echo "hello $x" "${x}s" '$x'
#### default values
unset u; e=; echo "${u:-def}" "${e:-empty}" "${e-set}" "${u-unset}"
echo "${u:=assigned}" "$u"
#### alternate value
v=1; echo "[${v:+alt}]" "[${nope:+alt}]"
#### exit status variable
true; echo $?; false; echo $?; (exit 7); echo $?
#### command substitution
d=$(echo inner); echo "got $d" "$(echo a; echo b)" `echo back`
#### nested command substitution
echo $(echo $(echo deep))
#### trailing newlines stripped
x=$(printf 'a\n\n\n'); echo "[$x]"
#### arithmetic expansion
i=5; echo $((i * 2 + 1)) $(( (1+2)*3 )) $((10 / 3)) $((10 % 3)) $((2**10))
#### semicolons and newlines
echo one; echo two
echo three
#### and or lists
true && echo and-yes; false && echo and-no; false || echo or-yes; true || echo or-no
false || false || echo chain; true && false || echo mixed
#### negation
! false; echo $?; ! true; echo $?
#### word splitting of unquoted expansion
x='a   b  c'; for w in $x; do echo "<$w>"; done; for w in "$x"; do echo "<$w>"; done
#### empty quoted argument survives
set -- "" a ""; echo $#
#### positional parameters
set -- one two three; echo "$1 $3 $#"; shift; echo "$@"; shift 2; echo "$#"
#### dollar at versus star
set -- "a b" c; for a in "$@"; do echo "[$a]"; done; for a in "$*"; do echo "[$a]"; done
#### string length and trimming
s=hello.tar.gz; echo ${#s} ${s%.*} ${s%%.*} ${s#*.} ${s##*.}
#### replacement
s=banana; echo ${s/a/o} ${s//a/o} ${s/#b/B} ${s/%a/A}
#### unicode text passes through
echo "héllo wörld ✓"; s=日本語; echo ${#s}
#### unknown command [stderr]
nosuchcmd arg; echo "status $?"
#### syntax error [stderr]
if then fi
#### comments
echo a # comment here
# full line
echo b
