#### redirect and append
echo one > f; echo two >> f; cat f
#### input redirect
printf 'l1\nl2\n' > in.txt; while read l; do echo "<$l>"; done < in.txt
#### stderr redirect
ls nothere 2> err.txt; echo "rc=$?"; cat err.txt
#### stderr to stdout
{ echo out; echo err >&2; } 2>&1 | cat
#### both with ampersand
{ echo out; echo err >&2; } &> both.txt; cat both.txt
#### here document with expansion
name=World
cat <<EOF
Hello $name
  $(echo sub)
EOF
#### quoted here document
cat <<'EOF'
no $expansion here
EOF
#### here document tab strip
cat <<-EOF
	indented
	EOF
#### here string
cat <<< "from here string"
#### pipeline through commands
printf 'b\na\nc\n' | head -n 2 | wc -l
#### yes head
yes | head -n 3
#### yes with word
yes abc | head -n 2
#### seq forms
seq 3; seq 2 4; seq 1 2 7; seq -s , 5
#### grep basics
printf 'apple\nbanana\ncherry\n' > fruits; grep an fruits; grep -c a fruits; grep -v an fruits; grep -n rr fruits
#### grep no match status
grep zzz /dev/null; echo $?
#### wc forms
printf 'one two\nthree\n' > w; wc -l w; wc -w < w; wc -c w
#### head and tail
seq 10 > n; head -n 3 n; tail -n 2 n; tail -n +9 n
#### tee
echo teed | tee t1 t2 > /dev/null; cat t1 t2
#### mkdir touch ls rm
mkdir -p d/e; touch d/a d/b; ls d; rm d/a; ls d; rm -r d; ls
#### globbing
touch a1 a2 b1; echo a*; echo ?1; echo [ab]2; echo nomatch*
#### cat numbering
printf 'x\ny\n' | cat -n
#### writes to directory fail [stderr]
mkdir dd; echo x > dd; echo "rc=$?"
#### missing input file [stderr]
cat < missing.txt; echo "rc=$?"
#### sleep short
sleep 0.01; echo slept
#### printf formats
printf '%s-%d-%03d-%x\n' a 42 7 255; printf '%5s|%-5s|\n' ab cd; printf '%s\n' x y z
#### cd and pwd relative
mkdir -p sub/dir; cd sub/dir; cd ..; echo ${PWD##*/}; cd - > /dev/null; echo ${PWD##*/}
#### cd to missing dir [stderr]
cd nowhere; echo "rc=$?"
#### redirect order matters
{ echo o; echo e >&2; } 2>&1 >/dev/null | cat
#### read-write redirection shares one position
printf 'abc\ndef\n' > f; exec 3<>f; read line <&3; echo "got $line"; echo XY >&3; exec 3>&-; cat f
exec 4<>new; echo hi >&4; exec 4>&-; cat new
#### script files run by path and by bash
printf 'echo "in $0 with $1"\nexit 3\n' > s.sh; ./s.sh; echo "rc=$?"; bash s.sh arg; echo "rc=$?"; chmod +x s.sh; ./s.sh x; echo "rc=$?"
#### missing script path [stderr]
./nope.sh; echo "rc=$?"
