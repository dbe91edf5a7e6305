import { describe, expect, it } from 'vitest';
import { FILE_CODES } from '../design/codes';
import { dirnameOf, joinPath, parseTemplateText } from './parseText';

describe('parseTemplateText', () => {
  it('reads a template as Heat does: dates stay strings, yes/no are booleans', () => {
    const { template, diagnostics } = parseTemplateText(
      'heat_template_version: 2021-04-16\nresources:\n  a: {type: OS::Heat::Value, properties: {value: yes}}',
      'a.yaml',
    );
    expect(diagnostics).toEqual([]);
    expect(template).toEqual({
      heat_template_version: '2021-04-16',
      resources: { a: { type: 'OS::Heat::Value', properties: { value: true } } },
    });
  });

  it('returns well-formed YAML that is no template, so the importer can say what it is', () => {
    expect(parseTemplateText('resource_registry: {a: b.yaml}', 'env.yaml')).toEqual({
      template: { resource_registry: { a: 'b.yaml' } },
      diagnostics: [],
    });
  });

  it('refuses broken YAML and alias bombs with a diagnostic naming the file', () => {
    const broken = parseTemplateText('a: [1, 2', 'x.yaml');
    expect(broken.template).toBeUndefined();
    expect(broken.diagnostics[0]).toMatchObject({ code: FILE_CODES.SYNTAX, severity: 'error' });
    expect(broken.diagnostics[0]!.message).toMatch(/^x\.yaml: /);
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    const bomb = parseTemplateText(
      `heat_template_version: 2021-04-16\n${lines.join('\n')}`,
      'bomb.yaml',
    );
    expect(bomb.template).toBeUndefined();
    expect(bomb.diagnostics.map((d) => d.code)).toContain(FILE_CODES.ALIASES);
  });
});

describe('relative paths', () => {
  it('joins and normalises the way get_file paths resolve', () => {
    expect(joinPath('sub', 'scripts/run.sh')).toBe('sub/scripts/run.sh');
    expect(joinPath('a/b', '../c/./d.yaml')).toBe('a/c/d.yaml');
    expect(joinPath('', 'x.yaml')).toBe('x.yaml');
    expect(joinPath('a', '/abs/x.yaml')).toBe('/abs/x.yaml');
    expect(joinPath('a', 'http://h/x.yaml')).toBe('http://h/x.yaml');
    expect(dirnameOf('sub/west.yaml')).toBe('sub');
    expect(dirnameOf('west.yaml')).toBe('');
  });
});
