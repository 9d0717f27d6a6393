import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk';
  name: string;
  isEntry: boolean;
  code: string;
  imports: string[];
}

/**
 * Prints how much JavaScript the browser must load before the app's first page (the entry chunk
 * and everything it imports statically, gzipped) and fails the build above `limitKb`. Pages
 * loaded with React.lazy are not counted: they come later.
 */
export function initialJsBudget({ entry, limitKb }: { entry: string; limitKb: number }): Plugin {
  return {
    name: 'liaison-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item): item is typeof item & Chunk => item.type === 'chunk');
      const start = chunks.find((chunk) => chunk.isEntry && chunk.name === entry);
      if (!start) return;
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        if (seen.has(fileName)) return;
        seen.add(fileName);
        const chunk = bundle[fileName] as unknown as Chunk | undefined;
        chunk?.imports.forEach(visit);
      };
      visit(start.fileName);
      const bytes = [...seen].reduce((sum, fileName) => {
        const chunk = bundle[fileName] as unknown as Chunk | undefined;
        return sum + (chunk ? gzipSync(chunk.code).length : 0);
      }, 0);
      const kb = bytes / 1024;
      process.stdout.write(
        `\nInitial JavaScript of "${entry}": ${kb.toFixed(1)} KB gzipped in ${seen.size} files (budget ${limitKb} KB)\n`,
      );
      if (kb > limitKb)
        this.error(`the initial JavaScript (${kb.toFixed(1)} KB gzipped) is over the budget of ${limitKb} KB`);
    },
  };
}
