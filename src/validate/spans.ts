interface Spanned {
  start?: number;
  end?: number;
  text?: string;
  mentions?: Spanned[];
}

/** Every way a fact's spans break `text.slice(start, end) === fact.text`, as readable lines; none when it holds. */
export function spanProblems(text: string, fact: Spanned): string[] {
  const problems: string[] = [];
  const check = (s: Spanned, where: string) => {
    if (s.start === undefined || s.end === undefined || s.text === undefined) return;
    if (s.start > s.end || s.end > text.length) {
      problems.push(`${where}[${s.start}, ${s.end}) lies outside the text (length ${text.length})`);
    } else if (text.slice(s.start, s.end) !== s.text) {
      problems.push(`${where}[${s.start}, ${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`);
    }
  };
  check(fact, 'span ');
  fact.mentions?.forEach((m, i) => check(m, `mention ${i} `));
  return problems;
}
