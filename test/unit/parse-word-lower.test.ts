// Word lowering: raw word text -> WORD parts, shown in the compact form of parse-word-helpers.ts
// (W word, L LIT, S SQ, D DQ, T TILDE, C<body@line> CMDSUB, A ARITH, AD ARITH_DYN, $x / ${…} PARAM).
import { describe, expect, test } from 'vitest';
import { word, heredoc } from './parse-word-helpers.js';

describe('quotes and escapes', () => {
  test.each([
    ['abc', 'W(L"abc")'],
    ["'a b'", 'W(S"a b")'],
    ['a\\ b', 'W(L"a" S" " L"b")'],
    ['\\*', 'W(S"*")'],
    ['*.txt', 'W(L"*.txt")'],
    ['x\\\ny', 'W(L"xy")'],
    ['"a\\\nb"', 'W(D(S"ab"))'],
    ['"a $x ${y} \\$ \\q"', 'W(D(S"a " $x S" " ${y} S" $ \\\\q"))'],
    ['"\\a\\$\\"\\\\\\`"', 'W(D(S"\\\\a$\\"\\\\`"))'],
    ["ab''cd", 'W(L"ab" S"" L"cd")'],
    ['"" \'\'', 'W(D() L" " S"")'],
    ['""', 'W(D())'],
    ["''", 'W(S"")'],
    ["'it'\\''s'", 'W(S"it\'s")'],
    ['héllo☺', 'W(L"héllo☺")'],
    ['a\\', 'W(L"a" S"\\\\")'],
    ['$"hi $x"', 'W(D(S"hi " $x))'],
  ])('%j', (text, want) => expect(word(text)).toBe(want));
});

describe('ANSI-C quoting', () => {
  test.each([
    ["$'a\\tb'", 'W(S"a\\tb")'],
    ["$'\\n\\\\\\'\\\"\\a\\b\\e\\E\\f\\v\\r'", 'W(S"\\n\\\\\'\\"\\u0007\\b\\u001b\\u001b\\f\\u000b\\r")'],
    ["$'\\101\\0101\\x41g\\x4'", 'W(S"A\\b1Ag\\u0004")'],
    ["$'\\u263a\\U0001F600'", 'W(S"☺😀")'],
    ["$'\\cA\\c?\\q'", 'W(S"\\u0001\x7f\\\\q")'],
    ["\"$'x'\"", 'W(D(S"$\'x\'"))'],
  ])('%j', (text, want) => expect(word(text)).toBe(want));
});

describe('parameters', () => {
  test.each([
    ['$x', 'W($x)'],
    ['$1$23', 'W($1 $2 L"3")'],
    ['$!$?$$$#$0$-$@$*', 'W($! $? $$ $# $0 $- $@ $*)'],
    ['$x$', 'W($x L"$")'],
    ['$\\\n?', 'W($?)'],
    ['"$\\\n\\\nx"', 'W(D($x))'],
    ['$\\\n{x}', 'W(${x})'],
    ['$', 'W(L"$")'],
    ['a${x}b', 'W(L"a" ${x} L"b")'],
    ['${10}', 'W(${10})'],
    ['${#x}', 'W(${x LENGTH})'],
    ['${#}', 'W(${#})'],
    ['${##}', 'W(${# LENGTH})'],
    ['${#@}', 'W(${@ LENGTH})'],
    ['${#x[@]}', 'W(${x LENGTH i=W(L"@")})'],
    ['${!x}', 'W(${x INDIRECT})'],
    ['${!1}', 'W(${1 INDIRECT})'],
    ['${!pre*}', 'W(${pre PREFIX_NAMES a1=W(S"*")})'],
    ['${!pre@}', 'W(${pre PREFIX_NAMES a1=W(S"@")})'],
    ['${!a[@]}', 'W(${a INDIRECT i=W(L"@")})'],
    ['${!x:-z}', 'W(${x DEFAULT INDIRECT COLON a1=W(L"z")})'],
    ['${a[i+1]}', 'W(${a i=W(L"i+1")})'],
    ['${a["k y"]}', 'W(${a i=W(D(S"k y"))})'],
    ['${x:-y}', 'W(${x DEFAULT COLON a1=W(L"y")})'],
    ['${x-y}', 'W(${x DEFAULT a1=W(L"y")})'],
    ['${x:=y}', 'W(${x ASSIGN COLON a1=W(L"y")})'],
    ['${x=def}', 'W(${x ASSIGN a1=W(L"def")})'],
    ['${x:?unset}', 'W(${x ERROR COLON a1=W(L"unset")})'],
    ['${x+alt}', 'W(${x ALT a1=W(L"alt")})'],
    ['${x:-}', 'W(${x DEFAULT COLON a1=W()})'],
    ['${x:-"a b"}', 'W(${x DEFAULT COLON a1=W(D(S"a b"))})'],
    ['${x:-~}', 'W(${x DEFAULT COLON a1=W(T"")})'],
    ['${x:=${y:-$(z)}}', 'W(${x ASSIGN COLON a1=W(${y DEFAULT COLON a1=W(C<z@1>)})})'],
    ['${x#*.}', 'W(${x TRIM_PREFIX a1=W(L"*.")})'],
    ['${x##*.}', 'W(${x TRIM_PREFIX_LONG a1=W(L"*.")})'],
    ['${x%.*}', 'W(${x TRIM_SUFFIX a1=W(L".*")})'],
    ['${x%%.*}', 'W(${x TRIM_SUFFIX_LONG a1=W(L".*")})'],
    ['${x/a/b}', 'W(${x REPLACE a1=W(L"a") a2=W(L"b")})'],
    ['${x//a/b}', 'W(${x REPLACE_ALL a1=W(L"a") a2=W(L"b")})'],
    ['${x/#a/b}', 'W(${x REPLACE_PREFIX a1=W(L"a") a2=W(L"b")})'],
    ['${x/%a/b}', 'W(${x REPLACE_SUFFIX a1=W(L"a") a2=W(L"b")})'],
    ['${x/#a}', 'W(${x REPLACE_PREFIX a1=W(L"a")})'],
    ['${x/a\\/b/c}', 'W(${x REPLACE a1=W(L"a" S"/" L"b") a2=W(L"c")})'],
    ['${x/"a/b"/c}', 'W(${x REPLACE a1=W(D(S"a/b")) a2=W(L"c")})'],
    ['${x^}', 'W(${x UPPER_FIRST})'],
    ['${x^^}', 'W(${x UPPER_ALL})'],
    ['${x,}', 'W(${x LOWER_FIRST})'],
    ['${x,,[AB]}', 'W(${x LOWER_ALL a1=W(L"[AB]")})'],
    ['${x@Q}', 'W(${x TRANSFORM a1=W(S"Q")})'],
    ['${x[@]@A}', 'W(${x TRANSFORM a1=W(S"A") i=W(L"@")})'],
    ['${x:1:2}', 'W(${x SUBSTR a1=1 a2=2})'],
    ['${x: -1}', 'W(${x SUBSTR a1=(NEG 1)})'],
    ['${x:(-2):1}', 'W(${x SUBSTR a1=(NEG 2) a2=1})'],
    ['${x:1:}', 'W(${x SUBSTR a1=1 a2=0})'],
    ['${x::2}', 'W(${x SUBSTR a1=0 a2=2})'],
    ['${x:a?1:2:3}', 'W(${x SUBSTR a1=(? a 1 2) a2=3})'],
    ['${s:$i:2}', 'W(${s SUBSTR a1={W($i)} a2=2})'],
    ['${x:${#y}}', 'W(${x SUBSTR a1={W(${y LENGTH})}})'],
    ['${x[@]:1:2}', 'W(${x SUBSTR a1=1 a2=2 i=W(L"@")})'],
    ['${@:2}', 'W(${@ SUBSTR a1=2})'],
  ])('%j', (text, want) => expect(word(text)).toBe(want));

  test('inside double quotes, default operands treat single quotes literally; patterns do not', () => {
    expect(word('"${x:-\'a\'}"')).toBe('W(D(${x DEFAULT COLON a1=W(S"\'a\'")}))');
    expect(word('"${x#\'1\'}"')).toBe('W(D(${x TRIM_PREFIX a1=W(S"1")}))');
    expect(word('"${x:-"q"}"')).toBe('W(D(${x DEFAULT COLON a1=W(D(S"q"))}))');
    expect(word('"${x:-\\}}"')).toBe('W(D(${x DEFAULT COLON a1=W(S"}")}))');
    // replacement text: quotes removed and & left unquoted, as in bash 5.2
    expect(word('"${x/b/\'q\'[&]}"')).toBe('W(D(${x REPLACE a1=W(L"b") a2=W(S"q" L"[&]")}))');
  });

  test.each(['${a[]}', '${#a[]}', '${a[}', '${}', '${ x}', '${x y}', '${x!}', '${x@Z}', '${#x:-y}', '${1a}'])(
    'malformed %j is a PO_BAD carrying the text for the run-time message', (text) => {
      expect(word(text)).toBe(`W(\${${text} BAD})`);
    });

  test('an unterminated ${ stays literal text', () => {
    expect(word('${x')).toBe('W(L"${x")');
  });
});

describe('command, arithmetic and process substitution', () => {
  test.each([
    ['$(echo hi)', 'W(C<echo hi@1>)'],
    ['$( (a) )', 'W(C< (a) @1>)'],
    ['$((a) (b))', 'W(C<(a) (b)@1>)'],
    ['$(echo ")")', 'W(C<echo ")"@1>)'],
    ["$(echo ')')", "W(C<echo ')'@1>)"],
    ['$(echo \\))', 'W(C<echo \\)@1>)'],
    ['$(echo $(echo a))', 'W(C<echo $(echo a)@1>)'],
    ['$(case x in a) echo;; esac)', 'W(C<case x in a) echo;; esac@1>)'],
    ['$(case x in (a) echo;; b|c) d;; esac; e)', 'W(C<case x in (a) echo;; b|c) d;; esac; e@1>)'],
    ['$(echo case x in a)', 'W(C<echo case x in a@1>)'],
    ['$(# )\n)', 'W(C<# )\n@1>)'],
    ['"$(echo "a b")"', 'W(D(C<echo "a b"@1>))'],
    ['`echo \\$x`', 'W(C<echo $x@1>)'],
    ['`echo \\`a\\``', 'W(C<echo `a`@1>)'],
    ['"`echo \\"q\\"`"', 'W(D(C<echo "q"@1>))'],
    ['$((1+2*3))', 'W(A((ADD 1 (MUL 2 3))))'],
    ['$(( (1+2)*3 ))', 'W(A((MUL (ADD 1 2) 3)))'],
    ['$[1+2]', 'W(A((ADD 1 2)))'],
    ['$(( $x + 1 ))', 'W(AD(W(D(S" " $x S" + 1 "))))'],
    ['$((`n`*2))', 'W(AD(W(D(C<n@1> S"*2"))))'],
    ['$((1+))', 'W(AD(W(D(S"1+"))))'],
    ['$(( "1" + 2 ))', 'W(AD(W(D(S" 1 + 2 "))))'],
    ["$(( '1' + 2 ))", 'W(AD(W(D(S" \'1\' + 2 "))))'],
    ['$(( 1 + \\\n2 ))', 'W(AD(W(D(S" 1 + 2 "))))'],
    ['<(ls)', 'W(<<ls@1>)'],
    ['>(cat)', 'W(><cat@1>)'],
  ])('%j', (text, want) => expect(word(text)).toBe(want));

  test('bodies are lowered with the line they start on', () => {
    expect(word('"a\n$(b)"', 'arg', 3)).toBe('W(D(S"a\\n" C<b@4>))');
    expect(word('x\n\n`c`', 'arg', 7)).toBe('W(L"x\\n\\n" C<c@9>)');
  });
});

describe('tilde', () => {
  test.each([
    ['~', 'arg', 'W(T"")'],
    ['~/x', 'arg', 'W(T"" L"/x")'],
    ['~root/x', 'arg', 'W(T"root" L"/x")'],
    ['~+/x', 'arg', 'W(T"+" L"/x")'],
    ['~ro"o"t', 'arg', 'W(L"~ro" D(S"o") L"t")'],
    ['"~"', 'arg', 'W(D(S"~"))'],
    ['\\~', 'arg', 'W(S"~")'],
    ['x~', 'arg', 'W(L"x~")'],
    ['~/a:~/b', 'arg', 'W(T"" L"/a:~/b")'],
    ['~/a:~/b', 'assign', 'W(T"" L"/a:" T"" L"/b")'],
    ['b=~/x:~/y', 'arg', 'W(L"b=" T"" L"/x:" T"" L"/y")'],
    ['X=~', 'assign', 'W(L"X=" T"")'],
    ['--opt=~/x', 'arg', 'W(L"--opt=~/x")'],
    ['~', 'pattern', 'W(T"")'],
  ] as const)('%j (%s)', (text, mode, want) => expect(word(text, mode)).toBe(want));
});

describe('here-doc bodies', () => {
  test('unquoted: $ ` and \\ before $ ` \\ newline are special, quotes are not', () => {
    expect(heredoc('$x "q" \'s\' \\" \\\\ \\$ \\\nz\n', false)).toBe('W(D($x S" \\"q\\" \'s\' \\\\\\" \\\\ $ z\\n"))');
    expect(heredoc('a `b` $(c) ${d:-e}\n', false)).toBe('W(D(S"a " C<b@1> S" " C<c@1> S" " ${d DEFAULT COLON a1=W(S"e")} S"\\n"))');
  });
  test('quoted delimiter: the body is one SQ', () => {
    expect(heredoc('$x `a`\n', true)).toBe('W(S"$x `a`\\n")');
  });
  test('an empty body still yields a part', () => {
    expect(heredoc('', false)).toBe('W(D())');
  });
});

describe('robustness', () => {
  test('nesting deeper than the JS stack becomes a bad substitution instead of a throw', () => {
    const deep = '${x:-'.repeat(20000) + '}'.repeat(20000);
    expect(word(deep)).toMatch(/^W\(\$\{\$\{x:-\$\{x:-.*… BAD\}\)$/);
  });
});

describe('command substitution bodies with here-docs', () => {
  test("quotes and parentheses inside a here-doc body do not end $(…)", () => {
    expect(word("$(cat <<EOF\nit's (done\nEOF\n)")).toBe("W(C<cat <<EOF\nit's (done\nEOF\n@1>)");
    expect(word("$(cat <<-'E' | tr a b\n\tdon't)\n\tE\n)x")).toBe("W(C<cat <<-'E' | tr a b\n\tdon't)\n\tE\n@1> L\"x\")");
  });
  test('a here-string is not a here-doc', () => {
    expect(word("$(cat <<<'a)')")).toBe("W(C<cat <<<'a)'@1>)");
  });
});

describe('<< inside arithmetic is a shift, not a here-doc', () => {
  test.each([
    ['$(( 1 << 2\n+ 3 ))', 'W(A((SHL 1 (ADD 2 3))))'],
    ['$(echo $(( 1 << 2\n)) x)', 'W(C<echo $(( 1 << 2\n)) x@1>)'],
    ['$( (( x <<= 1\n)); echo)', 'W(C< (( x <<= 1\n)); echo@1>)'],
  ])('%j', (text, want) => expect(word(text)).toBe(want));
});
