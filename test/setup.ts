// Property tests run with a fixed seed so CI is deterministic; FC_SEED=random (or a number) explores further.
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20221114 });

// tests that import modules below the library entry still find the HTML and Word readers
import '../src/readers/html.js';
import '../src/readers/docx.js';
import '../src/readers/delimited.js';
