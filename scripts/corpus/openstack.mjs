#!/usr/bin/env node
/* global process, console, fetch, AbortSignal, Buffer */
// Checks (default) or refreshes (--refresh) the corpus of public OpenStack Heat templates in
// test/corpus/openstack from its manifest.json: each entry names a repository, a path and a commit.
//   node scripts/corpus/openstack.mjs            every file present, with the manifest's sha256
//   node scripts/corpus/openstack.mjs --refresh  fetch each file at its commit (needs network) and record its sha256
// Exit codes: 0 ok, 1 files missing or changed / fetch failed, 2 wrong usage.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test/corpus/openstack',
);
const manifestPath = path.join(root, 'manifest.json');
const rawUrl = (f) => `https://raw.githubusercontent.com/${f.repo}/${f.commit}/${f.path}`;
const localPath = (f) => path.join(root, f.repo.split('/')[1], f.path);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function writeAtomic(file, bytes) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
}

function check(manifest) {
  let bad = 0;
  for (const f of manifest.files) {
    const file = localPath(f);
    if (!existsSync(file)) {
      console.error(
        `missing  ${path.relative(root, file)} (run with --refresh where a network allows)`,
      );
      bad++;
    } else if (sha256(readFileSync(file)) !== f.sha256) {
      console.error(`changed  ${path.relative(root, file)}: its sha256 is not the manifest's`);
      bad++;
    }
  }
  console.log(
    `corpus: ${manifest.files.length - bad} of ${manifest.files.length} files as in the manifest`,
  );
  return bad === 0 ? 0 : 1;
}

async function refresh(manifest) {
  let failed = 0;
  for (const f of manifest.files) {
    try {
      const response = await fetch(rawUrl(f), { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      writeAtomic(localPath(f), bytes);
      if (f.sha256 !== sha256(bytes)) console.log(`updated  ${f.repo} ${f.path}`);
      f.sha256 = sha256(bytes);
    } catch (error) {
      console.error(`cannot fetch ${rawUrl(f)}: ${error.cause?.message ?? error.message}`);
      failed++;
    }
  }
  writeAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `corpus: ${manifest.files.length - failed} of ${manifest.files.length} files fetched`,
  );
  return failed === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
if (args.some((a) => a !== '--refresh')) {
  console.error('usage: node scripts/corpus/openstack.mjs [--refresh]');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
process.exitCode = args.includes('--refresh') ? await refresh(manifest) : check(manifest);
