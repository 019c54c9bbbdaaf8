// Arithmetic parsing: the A_* tree evaluated by a small test evaluator must give bash's values
// (expected values recorded with `bash -c 'echo $((EXPR))'`, bash 5.2), and syntax errors must be
// reported with bash's exact texts (recorded with `bash -c "let 'EXPR'"`).
import { describe, expect, test } from 'vitest';
import { arith, arithSource, evalArith } from './parse-word-helpers.js';

// [expression, value printed by bash]; variables start unset (0)
const VALUES: [string, string][] = [
  ["1+2*3", "7"],
  ["(1+2)*3", "9"],
  ["-2**2", "4"],
  ["2**3**2", "512"],
  ["-2**3", "-8"],
  ["10/3", "3"],
  ["-10/3", "-3"],
  ["-10%3", "-1"],
  ["10%-3", "1"],
  ["7-3-2", "2"],
  ["2*3%4", "2"],
  ["1<<2+1", "8"],
  ["1+2<<3", "24"],
  ["8>>1>>1", "2"],
  ["1<2==1", "1"],
  ["3>2>1", "0"],
  ["1==1&&2==2", "1"],
  ["1&3|4", "5"],
  ["1|2^3&4", "3"],
  ["6^3", "5"],
  ["1^1|1", "1"],
  ["5&&0||1", "1"],
  ["0||0", "0"],
  ["!0+1", "2"],
  ["~5+1", "-5"],
  ["-~5", "6"],
  ["!!7", "1"],
  ["- -1", "1"],
  ["--5", "5"],
  ["++1", "1"],
  ["1++2", "3"],
  ["1 - -1", "2"],
  ["0x1f+010", "39"],
  ["0X10", "16"],
  ["64#@_", "4031"],
  ["36#zZ", "1295"],
  ["62#zZ", "2231"],
  ["2#1010", "10"],
  ["16#ff", "255"],
  ["8#777", "511"],
  ["9223372036854775807+1", "-9223372036854775808"],
  ["-9223372036854775808/-1 ? 1 : 0", "1"],
  ["1?2:3", "2"],
  ["0?2:3", "3"],
  ["1?0?5:6:7", "6"],
  ["0?1:0?2:3", "3"],
  ["1,2,3", "3"],
  ["(1,2)+1", "3"],
  ["x=5", "5"],
  ["x=y=7", "7"],
  ["x+=3", "3"],
  ["x-=3", "-3"],
  ["x*=3", "0"],
  ["x/=2", "0"],
  ["x%=2", "0"],
  ["x<<=2", "0"],
  ["x>>=1", "0"],
  ["x&=6", "0"],
  ["x|=1", "1"],
  ["x^=1", "1"],
  ["x=3,y=x++,y*10+x", "34"],
  ["x=3,y=++x,y*10+x", "44"],
  ["x=3,y=x--,y*10+x", "32"],
  ["x=3,y=--x,y*10+x", "22"],
  ["x=1,x?x+1:x-1", "2"],
  ["a[1]=5,a[1]+1", "6"],
  ["a[1+1]=3,a[2]*2", "6"],
  ["1 ? x=4 : 5", "4"],
  ["   42   ", "42"],
  ["1<=1", "1"],
  ["2>=3", "0"],
  ["3!=3", "0"],
  ["0x7fffffffffffffff", "9223372036854775807"],
  ["99999999999999999999", "7766279631452241919"],
  ["0xffffffffffffffffff", "-1"],
  ["-9223372036854775808", "-9223372036854775808"],
  ["1<<63", "-9223372036854775808"],
  ["1<<64", "1"],
  ["(((((1)))))", "1"],
  ["1+(2*(3+4))", "15"],
];

const ERRORS: [string, string][] = [
  ["1+", "1+: syntax error: operand expected (error token is \"+\")"],
  ["1 2", "1 2: syntax error in expression (error token is \"2\")"],
  [" 1 + ", "1 + : syntax error: operand expected (error token is \"+ \")"],
  ["1?2", "1?2: `:' expected for conditional expression (error token is \"2\")"],
  ["1?2:", "1?2:: expression expected (error token is \":\")"],
  ["1 @ 2", "1 @ 2: syntax error: invalid arithmetic operator (error token is \"@ 2\")"],
  ["08", "08: value too great for base (error token is \"08\")"],
  ["2#12", "2#12: value too great for base (error token is \"2#12\")"],
  ["65#1", "65#1: invalid arithmetic base (error token is \"65#1\")"],
  ["1#1", "1#1: invalid arithmetic base (error token is \"1#1\")"],
  ["2#", "2#: invalid integer constant (error token is \"2#\")"],
  ["3=4", "3=4: attempted assignment to non-variable (error token is \"=4\")"],
  ["x++y", "x++y: syntax error in expression (error token is \"y\")"],
  ["()", "(): syntax error: operand expected (error token is \")\")"],
  ["a[1", "a[1: bad array subscript (error token is \"a[1\")"],
  ["09+1", "09: value too great for base (error token is \"09\")"],
  ["0x1g", "0x1g: value too great for base (error token is \"0x1g\")"],
  ["2#1#1", "2#1#1: invalid number (error token is \"2#1#1\")"],
  ["x**=2", "x**=2: syntax error: operand expected (error token is \"=2\")"],
  ["1 ? : 3", "1 ? : 3: expression expected (error token is \": 3\")"],
  ["a b", "a b: syntax error in expression (error token is \"b\")"],
  ["(1", "(1: missing `)' (error token is \"1\")"],
  ["1+(2", "1+(2: missing `)' (error token is \"2\")"],
  ["(1))", "(1)): syntax error in expression (error token is \")\")"],
  ["1 +* 2", "1 +* 2: syntax error: operand expected (error token is \"* 2\")"],
  ["*1", "*1: syntax error: operand expected (error token is \"*1\")"],
  ["1 2 3", "1 2 3: syntax error in expression (error token is \"2 3\")"],
  ["x = = 1", "x = = 1: syntax error: operand expected (error token is \"= 1\")"],
  ["(x)=1", "(x)=1: attempted assignment to non-variable (error token is \"=1\")"],
  ["x++=1", "x++=1: attempted assignment to non-variable (error token is \"=1\")"],
  ["++", "++: syntax error: operand expected (error token is \"+\")"],
  ["1 ==", "1 ==: syntax error: operand expected (error token is \"==\")"],
  ["~", "~: syntax error: operand expected (error token is \"~\")"],
  ["!", "!: syntax error: operand expected (error token is \"!\")"],
  ["a[1]]", "a[1]]: syntax error: invalid arithmetic operator (error token is \"]\")"],
  ["1 ? 2", "1 ? 2: `:' expected for conditional expression (error token is \"2\")"],
  ["5 ?: 3", "5 ?: 3: expression expected (error token is \": 3\")"],
  ["@", "@: syntax error: operand expected (error token is \"@\")"],
  ["++x++", "++x++: ++: assignment requires lvalue (error token is \"++\")"],
  ["--x--", "--x--: --: assignment requires lvalue (error token is \"--\")"],
  ["a[]", "a[]: bad array subscript"],
  ["a[1+]", "1+: syntax error: operand expected (error token is \"+\")"],
  ["x+=", "x+=: syntax error: operand expected (error token is \"+=\")"],
  ["1--", "1--: syntax error: operand expected (error token is \"-\")"],
  ["x--y", "x--y: syntax error in expression (error token is \"y\")"],
  [",", ",: syntax error: operand expected (error token is \",\")"],
  ["1 = 2", "1 = 2: attempted assignment to non-variable (error token is \"= 2\")"],
];

describe('arithmetic values match bash', () => {
  test.each(VALUES)('%s', (expr, want) => {
    expect(String(evalArith(expr))).toBe(want);
  });
});

describe('arithmetic syntax errors match bash', () => {
  test.each(ERRORS)('%s', (expr, want) => {
    expect(evalArith(expr)).toBe(want);
  });
});

describe('arithmetic tree shape', () => {
  test('** binds tighter than * and looser than unary minus', () => {
    expect(arith('-2**2*3')).toBe('(MUL (POW (NEG 2) 2) 3)');
  });
  test('assignments chain right to left and keep the compound operator', () => {
    expect(arith('a=b+=c<<=1')).toBe('(= a (ADD= b (SHL= c 1)))');
  });
  test('nested ternaries associate to the right', () => {
    expect(arith('a?b:c?d:e')).toBe('(? a b (? c d e))');
  });
  test('array elements carry an arithmetic index', () => {
    expect(arith('a[i+1]++')).toBe('(POSTINC a[(ADD i 1)])');
    expect(arith('a[2]=x')).toBe('(= a[2] x)');
  });
  test('64-bit literals survive the lo/hi split', () => {
    expect(arith('0x7fffffffffffffff')).toBe('9223372036854775807');
    expect(arith('-1')).toBe('(NEG 1)');
    expect(arith('0xffffffff')).toBe('4294967295');
  });
  test('empty and blank expressions are 0', () => {
    expect(arith('')).toBe('0');
    expect(arith('  \n ')).toBe('0');
  });
});

describe('arithmetic written in the source (lowerArithSource)', () => {
  test('static text becomes the tree', () => {
    expect(arithSource('i < 10')).toBe('(LT i 10)');
  });
  test('expansions make an A_WORD expanded as in "…" with double quotes removed', () => {
    expect(arithSource('x = $y + 1')).toBe('{W(S"x = " $y S" + 1")}');
    expect(arithSource('"$x" + 2')).toBe('{W($x S" + 2")}');
    expect(arithSource('`n` * 2')).toBe('{W(C<n@1> S" * 2")}');
  });
  test("single quotes stay literal (bash rejects '1' at run time)", () => {
    expect(arithSource("'1' + 2")).toBe('{W(S"\'1\' + 2")}');
  });
  test('a syntax error is kept as text for the run-time parse to report', () => {
    expect(arithSource('1 +')).toBe('{W(S"1 +")}');
  });
});

describe('arithmetic robustness', () => {
  test('a thousand nested parentheses parse (bash accepts them)', () => {
    expect(evalArith('('.repeat(1000) + '1' + ')'.repeat(1000))).toBe(1n);
  });
  test('nesting beyond the JS stack is an error, not a throw', () => {
    expect(evalArith('('.repeat(50000) + '1' + ')'.repeat(50000))).toMatch(/: expression recursion level exceeded \(error token is ""\)$/);
  });
});
