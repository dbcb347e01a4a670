import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const script = `
import sys, zipfile
from lxml import etree
bad = []
for path in sys.argv[1:]:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith('.xml') or name.endswith('.rels'):
                try:
                    etree.fromstring(z.read(name), etree.XMLParser(resolve_entities=False, recover=False))
                except Exception as e:
                    bad.append(f"{path}!{name}: {e}")
print("\\n".join(bad))
`;

/** Every XML part of every given .docx parsed by a strict XML parser (lxml); the failures, one a line. */
export function xmlPartsFailing(paths: readonly string[]): string[] {
  const out = execFileSync(python, ['-c', script, ...paths], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.trim() !== '');
}
