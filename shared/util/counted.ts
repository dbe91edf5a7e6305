/** "1 lane", "2 lanes", "0 errors": a count and its (regular English) noun. */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
