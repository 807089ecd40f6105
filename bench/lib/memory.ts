// Peak memory of the current process.

/** Peak resident set size of this process so far, in MB (resourceUsage reports kilobytes). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
