// B-cubed precision, recall and F1 of a clustering (the formula of score.py's `clustering` mode), for sweeps.

export interface B3 {
  precision: number;
  recall: number;
  f1: number;
}

/** B³ over the ids in `only` (default: every gold id); predicted clusters are restricted to the same ids. */
export function b3(pred: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>, only?: ReadonlySet<string>): B3 {
  const ids = [...gold.keys()].filter((id) => !only || only.has(id));
  const predicted = new Map<string, Set<string>>();
  const truth = new Map<string, Set<string>>();
  for (const id of ids) {
    const p = pred.get(id) ?? `missing:${id}`;
    const g = gold.get(id)!;
    if (!predicted.has(p)) predicted.set(p, new Set());
    if (!truth.has(g)) truth.set(g, new Set());
    predicted.get(p)!.add(id);
    truth.get(g)!.add(id);
  }
  let precision = 0;
  let recall = 0;
  for (const id of ids) {
    const p = predicted.get(pred.get(id) ?? `missing:${id}`)!;
    const g = truth.get(gold.get(id)!)!;
    let both = 0;
    for (const x of p) if (g.has(x)) both++;
    precision += both / p.size;
    recall += both / g.size;
  }
  precision /= ids.length;
  recall /= ids.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
