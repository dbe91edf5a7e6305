import { describe, expect, it } from 'vitest';
import { moveResource } from '../../shared/design/ops';
import { parseDesign } from '../../shared/design/parse';
import { designCodec } from './codec';
import { TextSource, sourceTextOf } from './textSource';

const TEXT = `# my design, with a comment that must survive
isotherm: 1
name: demo
regions:
  east: { region_name: RegionOne }   # the first lane
resources:
  net:
    type: OS::Neutron::Net
    region: east
layout:
  net: { x: 10, y: 20 }
`;

describe('TextSource (a design opened in the worker, its YAML document parsed here only when needed)', () => {
  it('writes an edited design onto the text as the parsed source does (comments kept)', () => {
    const parsed = parseDesign(TEXT);
    const edited = moveResource(parsed.design!, 'net', { position: { x: 200, y: 40 } });
    const viaText = designCodec.serialize(edited, new TextSource(TEXT, true));
    expect(viaText).toBe(designCodec.serialize(edited, parsed.source));
    expect(viaText).toContain('# the first lane');
    expect(designCodec.serialize(parsed.design!, new TextSource(TEXT, true))).toBe(TEXT);
  });

  it('crosses to the worker as its text, like a parsed source', () => {
    expect(sourceTextOf(new TextSource(TEXT, true))).toEqual({ text: TEXT, parsed: true });
    expect(sourceTextOf(parseDesign(TEXT).source)).toEqual({ text: TEXT, parsed: true });
    expect(sourceTextOf(null)).toBeNull();
  });
});
