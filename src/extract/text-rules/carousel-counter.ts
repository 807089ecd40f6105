// Slide show counters: "Slide 2 of 7", "Image 3/10", "2 of 7".
import { shortLine, type LineRule } from './rule.js';

export const carouselCounter: LineRule = {
  name: 'carousel-counter',
  reason: 'carousel-counter',
  matches: (line) => shortLine(line, /^((slide|image|photo|picture|item|gallery)\s+)?\d+\s*(of|\/)\s*\d+$/i, 30),
};
