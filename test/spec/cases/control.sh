#### if elif else
for n in 1 2 3; do if [ $n -eq 1 ]; then echo one; elif [ $n = 2 ]; then echo two; else echo other; fi; done
#### for loop over words
for x in a b c; do echo "item $x"; done
#### for with brace expansion
for i in {1..5}; do printf '%s ' $i; done; echo
#### while loop with counter
i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done
#### until loop
n=3; until [ $n -eq 0 ]; do echo $n; n=$((n-1)); done
#### break and continue
for i in 1 2 3 4 5; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done
#### nested break 2
for i in 1 2; do for j in a b; do echo $i$j; break 2; done; done; echo after
#### case with patterns
for f in a.txt b.sh c; do case $f in *.txt) echo text;; *.sh|*.bash) echo script;; *) echo other;; esac; done
#### case fallthrough
case x in x) echo first;& y) echo second;; z) echo third;; esac
#### functions with arguments and return
greet() { echo "hi $1 ($#)"; return 3; }; greet bob x; echo "rc=$?"
#### function local variables
x=global; f() { local x=local; echo "in $x"; }; f; echo "out $x"
#### function keyword form
function add { echo $(( $1 + $2 )); }; add 2 3
#### recursion
fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }; fact 6
#### subshell isolation
x=1; (x=2; echo "inside $x"); echo "outside $x"
#### brace group shares state
x=1; { x=2; echo "group $x"; }; echo "after $x"
#### exit in subshell
(exit 3); echo $?; (echo sub; exit 4) ; echo $?
#### exit ends script
echo before; exit 5; echo never
#### pipeline status is last command
false | true; echo $?; true | false; echo $?
#### pipefail
set -o pipefail; false | true; echo $?
#### errexit stops
set -e; true; false; echo not-reached
#### errexit ignores conditions
set -e; if false; then :; fi; false || true; ! false; echo survived
#### colon and true false
:; echo $?; true; echo $?; false; echo $?
#### read from here string
read a b <<< "one two three"; echo "$a|$b"
#### read loop over pipe
printf 'x 1\ny 2\n' | while read k v; do echo "$v:$k"; done
#### read -r keeps backslashes
printf 'a\\tb\n' | { read -r line; echo "$line"; }
#### export to commands and unset
export FOO=bar; echo $FOO; unset FOO; echo "[${FOO}]"
#### test builtin forms
[ -z "" ] && echo z; [ -n x ] && echo n; test 3 -gt 2 && echo gt; [ a != b ] && echo ne; [ ! -e nothere ] && echo nofile
