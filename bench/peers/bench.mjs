// bench.mjs: headless Node benchmark of peer form engines on the synthetic questionnaires of gen.mjs.
//
//   node bench.mjs                       # N in {100,1000,5000}, R=20, both peers, 5 measured runs
//   node bench.mjs --sizes 100,1000 --peers surveyjs --runs 3 --warmup 1 --R 20 --seed 20240601
//   node bench.mjs --isolate             # each (peer, N) in its own child process, for clean peak RSS
//   node bench.mjs --budget-s 300        # per (peer, N) time budget: no more measured runs after it (default 900)
//
// Per (peer, N) and run it measures
//   load: form source text -> ready form model (SurveyJS: JSON.parse + new Model;
//         ODK: loadForm(xml) + createInstance())
//   fill: answer the whole questionnaire in order: for each question, read whether it is
//         relevant/visible; if it is, set its planned value (integers are also validated);
//         roster rows are added one at a time and filled the same way. The peer re-evaluates
//         its conditions inside this time.
//   rss:  process RSS sampled after load, every 64 answers and after fill (max kept)
//   heap: V8 heap still used by the filled form after a full GC (minus the heap before load)
// and reports the median of the measured runs (after warm-up), the answered / invalid counts
// (checked against the reference evaluator in gen.mjs), and writes results.json.

import { writeFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generate, expected, toSurveyJS, toXForm, toEnumera, enumeraPlan } from './gen.mjs';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';

const here = dirname(fileURLToPath(import.meta.url));
v8.setFlagsFromString('--expose-gc');
const gc = globalThis.gc ?? vm.runInNewContext('gc');

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  if (i < 0) return def;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const flag = (name) => { const i = argv.indexOf(name); if (i < 0) return false; argv.splice(i, 1); return true; };
const SIZES = opt('--sizes', '100,1000,5000').split(',').map(Number);
const PEERS = opt('--peers', 'enumera,surveyjs,odk').split(',');
const ENUMERA_BENCH = opt('--enumera', join(here, '..', '..', 'build', 'bench', 'enumera_engine_bench'));
const RUNS = Number(opt('--runs', 5));
const WARMUP = opt('--warmup', null);
const R = Number(opt('--R', 20));
const SEED = Number(opt('--seed', 20240601));
const OUT = opt('--out', join(here, 'results.json'));
const ISOLATE = flag('--isolate');
const BUDGET_S = Number(opt('--budget-s', 900)); // per (peer, N): stop adding measured runs after this (min 1 run)
const WARMUP_CAP_S = 60; // stop adding warm-up runs once they have taken this long
const CHILD = opt('--child', null); // internal: "peer:N"

const pkgVersion = (name) => {
  try { return JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version; } catch { return null; }
};

const now = () => process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const MB = (b) => b / 1048576;

let rssPeak = 0;
const sampleRss = () => { const r = process.memoryUsage.rss(); if (r > rssPeak) rssPeak = r; };

// ---------------------------------------------------------------- peers

const peers = {};

// SurveyJS survey-core: JSON model; visibleIf; validators; paneldynamic for the roster.
peers.surveyjs = {
  name: 'SurveyJS survey-core',
  version: () => pkgVersion('survey-core'),
  async init() { this.sjs = await import('survey-core'); },
  source: (model) => JSON.stringify(toSurveyJS(model)),
  async load(src) {
    return new this.sjs.Model(JSON.parse(src));
  },
  fill(survey, model) {
    let answered = 0, invalid = 0;
    const qs = new Map();
    for (const q of survey.getAllQuestions(false)) qs.set(q.name, q);
    const answer = (sq, q, v) => {
      sq.value = v;
      answered++;
      if (q.type === 'int' && !sq.validate(false)) invalid++;
      if ((answered & 63) === 0) sampleRss();
    };
    for (const q of model.questions) {
      const sq = qs.get(q.id);
      if (!sq.isVisible) continue;
      answer(sq, q, q.answer);
    }
    const roster = qs.get(model.roster.id);
    for (const row of model.roster.rows) {
      roster.addPanel();
      // addPanel() returns undefined while the roster's page has not been shown; panels[] creates it
      const panel = roster.panels[roster.panels.length - 1];
      for (const q of model.roster.questions) {
        const sq = panel.getQuestionByName(q.id);
        if (!sq.isVisible) continue;
        answer(sq, q, row[q.id]);
      }
    }
    return { answered, invalid };
  },
  // untimed: count visible questions in the filled form (cross-check)
  countVisible(survey, model) {
    let n = 0;
    for (const q of model.questions) if (survey.getQuestionByName(q.id).isVisible) n++;
    for (const panel of survey.getQuestionByName(model.roster.id).panels) for (const q of panel.questions) if (q.isVisible) n++;
    return n;
  },
  dispose(survey) { survey.dispose?.(); },
};

const TINY_XFORM = `<?xml version="1.0"?><h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"><h:head><h:title>tiny</h:title><model><instance><data id="tiny"><a/></data></instance><bind nodeset="/data/a" type="string"/></model></h:head><h:body><input ref="/data/a"><label>a</label></input></h:body></h:html>`;

// ODK Web Forms engine (@getodk/xforms-engine): XForm XML; bind/@relevant, @constraint; repeat.
// It needs a DOM (DOMParser etc.): we install jsdom's, as its own Node test suite does, and
// define the CommonJS globals (__dirname, module) that its bundled emscripten loader for the
// tree-sitter XPath parser reads when it detects Node.
peers.odk = {
  name: 'ODK @getodk/xforms-engine',
  version: () => pkgVersion('@getodk/xforms-engine'),
  // The DOM globals are installed only while ODK runs (enter/leave), so that SurveyJS, which
  // looks for a global `document`, runs in a plain headless Node environment in the same process.
  async init() {
    const { JSDOM } = await import('jsdom');
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>');
    this.globals = {};
    for (const k of ['DOMParser', 'XMLSerializer', 'Node', 'Element', 'Document', 'XMLDocument', 'NodeFilter', 'Attr', 'Text', 'CharacterData', 'DocumentFragment', 'HTMLElement', 'document']) {
      if (globalThis[k] === undefined && dom.window[k] !== undefined) this.globals[k] = dom.window[k];
    }
    this.window = dom.window;
    this.globals.__dirname = here;
    this.globals.module = { exports: {} };
    this.enter();
    try { this.engine = await import('@getodk/xforms-engine'); } finally { this.leave(); }
  },
  enter() { Object.assign(globalThis, this.globals); },
  leave() { for (const k of Object.keys(this.globals)) delete globalThis[k]; },
  source: (model) => toXForm(model),
  async load(src) {
    const form = await this.engine.loadForm(src);
    if (form.status === 'failure') throw form.error;
    return form.createInstance();
  },
  fill(instance, model) {
    let answered = 0, invalid = 0;
    const nodes = new Map();
    const index = (n) => {
      const ref = n.currentState.reference;
      nodes.set(ref.slice(ref.lastIndexOf('/') + 1), n);
      if (n.nodeType === 'repeat-range:uncontrolled') return;
      for (const c of n.currentState.children ?? []) index(c);
    };
    index(instance.root);
    const answer = (node, q, v) => {
      switch (q.type) {
        case 'single': node.selectValue(String(v)); break;
        case 'multi': node.selectValues(v.map(String)); break;
        default: node.setValue(v);
      }
      answered++;
      if (q.type === 'int' && node.validationState.violation != null) invalid++;
      if ((answered & 63) === 0) sampleRss();
    };
    for (const q of model.questions) {
      const node = nodes.get(q.id);
      if (!node.currentState.relevant) continue;
      answer(node, q, q.answer);
    }
    const range = nodes.get(model.roster.id);
    for (const row of model.roster.rows) {
      range.addInstances();
      const inst = range.currentState.children.at(-1);
      const rowNodes = new Map();
      for (const c of inst.currentState.children) { const ref = c.currentState.reference; rowNodes.set(ref.slice(ref.lastIndexOf('/') + 1), c); }
      for (const q of model.roster.questions) {
        const node = rowNodes.get(q.id);
        if (!node.currentState.relevant) continue;
        answer(node, q, row[q.id]);
      }
    }
    return { answered, invalid };
  },
  countVisible(instance, model) {
    let n = 0;
    const top = new Set(model.questions.map((q) => q.id));
    const rq = new Set(model.roster.questions.map((q) => q.id));
    const walk = (node, inRoster) => {
      const ref = node.currentState.reference;
      const name = ref.slice(ref.lastIndexOf('/') + 1).replace(/\[.*$/, '');
      if ((inRoster ? rq : top).has(name) && node.currentState.relevant) n++;
      const isRange = node.nodeType.startsWith('repeat-range');
      for (const c of node.currentState.children ?? []) walk(c, inRoster || isRange);
    };
    walk(instance.root, false);
    return n;
  },
  // jsdom 29 leak (not an engine one): every Document that runs querySelector gets a CSS selector
  // engine (@asamuzakjp/dom-selector Finder) that adds focus/keyboard/mouse listeners to the window
  // and never removes them, so every parsed XForm stays reachable from the window. The engine does
  // not use events here; dropping those listeners lets a finished run's documents be collected.
  // Also: a module-level XPath namespace-resolver cache of the engine keeps the latest instance
  // alive until the next instance is created, so we create a tiny one to release the big one.
  async dispose() {
    await this.engine.createInstance(TINY_XFORM);
    const sym = Object.getOwnPropertySymbols(this.window).find((x) => x.description === 'impl');
    const listeners = sym && this.window[sym]?._eventListeners;
    if (listeners) for (const k of ['focus', 'focusin', 'keydown', 'keyup', 'mouseover', 'mousedown', 'mouseup', 'click', 'mouseout']) delete listeners[k];
  },
};

// Enumera, the C++ engine: measured by its own harness in a child process (bench/engine/), on the
// same generated model (the same questions, conditions and planned answers), rendered as an
// Enumera form. Its figures have the same meaning as the peers': load = form text to a ready
// interview; fill = answer in order, reading relevance first, integers checked; heapMB = heap
// still held by the form and the filled interview (malloc's count, not V8's).
peers.enumera = {
  name: 'Enumera (C++)',
  version: () => (existsSync(ENUMERA_BENCH) ? 'built from this tree' : 'not built'),
  async init() {
    const c = spawnSync(ENUMERA_BENCH, [], { encoding: 'utf8' });
    if (c.error) throw new Error(`${ENUMERA_BENCH} not found: build it with cmake --build build --target enumera_engine_bench`);
  },
  run(N) {
    const model = generate({ N, R, seed: SEED });
    const dir = mkdtempSync(join(os.tmpdir(), 'enumera-bench-'));
    try {
      const form = join(dir, `form-${N}-${R}.enumera.json`);
      const plan = join(dir, `plan-${N}-${R}.json`);
      writeFileSync(form, JSON.stringify(toEnumera(model)));
      writeFileSync(plan, JSON.stringify(enumeraPlan(model)));
      const args = ['--form', form, '--plan', plan, '--runs', String(RUNS), '--rows', '500'];
      if (WARMUP != null) args.push('--warmup', String(WARMUP));
      const c = spawnSync(ENUMERA_BENCH, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (c.status !== 0) throw new Error(`enumera_engine_bench failed (status ${c.status}): ${c.stderr.slice(-2000)}`);
      const r = JSON.parse(c.stdout);
      return {
        peer: 'enumera', N, R, seed: SEED, runs: r.runs, warmup: r.warmup, sourceBytes: r.source_bytes,
        load_ms: r.load_ms, fill_ms: r.fill_ms, us_per_answer: r.us_per_answer,
        load_ms_runs: r.load_ms_runs, fill_ms_runs: r.fill_ms_runs,
        answered: r.answered, invalid: r.invalid, visible_after_fill: r.visible_after_fill,
        expected: expected(model),
        matches_reference: r.answered === expected(model).answered && r.invalid === expected(model).invalid && r.visible_after_fill === expected(model).answered,
        rss_start_MB: null, rss_peak_MB: null, heap_retained_MB: r.heap_retained_MB,
        maxrss_process_MB: r.maxrss_process_MB,
        roster_add_blocks: r.roster_add_blocks, roster_add_ratio_last_first: r.roster_add_ratio_last_first,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

// ---------------------------------------------------------------- one (peer, N) case

const warmedPeers = new Set();

async function runCase(peerId, N) {
  const peer = peers[peerId];
  if (peer.run) return peer.run(N);
  const model = generate({ N, R, seed: SEED });
  const exp = expected(model);
  const src = peer.source(model);
  // Warm-up: 5 / 2 / 1 runs for N <= 100 / <= 1000 / larger; none for a larger N when this
  // peer has already run a smaller size in this process (its code is JIT-warm by then).
  let warmup = WARMUP != null ? Number(WARMUP) : N <= 100 ? 5 : N <= 1000 ? 2 : warmedPeers.has(peerId) ? 0 : 1;
  warmedPeers.add(peerId);
  const loads = [], fills = [], perAnswer = [], heaps = [];
  let counts = null, visible = null;
  gc();
  const rssStart = process.memoryUsage.rss();
  rssPeak = rssStart;
  const caseStart = now();
  peer.enter?.();
  try {
  for (let run = 0; run < warmup + RUNS; run++) {
    const elapsedS = ms(caseStart, now()) / 1000;
    if (run < warmup && run > 0 && elapsedS > WARMUP_CAP_S) { warmup = run; }
    if (run > warmup && elapsedS > BUDGET_S) break; // at least one measured run
    // let pending timers of the previous run fire (they can keep its form alive), then collect
    await new Promise((res) => setTimeout(res, 50));
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = now();
    let form = await peer.load(src);
    const t1 = now();
    sampleRss();
    const c = peer.fill(form, model);
    const t2 = now();
    sampleRss();
    if (run >= warmup) {
      loads.push(ms(t0, t1));
      fills.push(ms(t1, t2));
      perAnswer.push((ms(t1, t2) * 1000) / c.answered);
      gc();
      heaps.push(process.memoryUsage().heapUsed - heap0);
      if (process.env.BENCH_DEBUG) console.error(`[debug] ${peerId} N=${N} run ${run}: heap before load ${MB(heap0).toFixed(1)} MB, after fill ${MB(heap0 + heaps.at(-1)).toFixed(1)} MB`);
    }
    if (run === 0) {
      counts = c;
      visible = peer.countVisible(form, model);
    } else if (c.answered !== counts.answered || c.invalid !== counts.invalid) {
      throw new Error(`${peerId} N=${N}: run ${run} answered ${c.answered}/${c.invalid} vs first run ${counts.answered}/${counts.invalid}`);
    }
    await peer.dispose(form);
    form = null; // do not keep this run's form alive (async frames keep block locals) while the next run measures its heap
  }
  } finally { peer.leave?.(); }
  const ok = counts.answered === exp.answered && counts.invalid === exp.invalid && visible === exp.answered;
  return {
    peer: peerId, N, R, seed: SEED, runs: loads.length, warmup,
    sourceBytes: Buffer.byteLength(src),
    load_ms: median(loads), fill_ms: median(fills), us_per_answer: median(perAnswer),
    load_ms_runs: loads, fill_ms_runs: fills,
    answered: counts.answered, invalid: counts.invalid, visible_after_fill: visible,
    expected: exp, matches_reference: ok,
    rss_start_MB: MB(rssStart), rss_peak_MB: MB(rssPeak),
    heap_retained_MB: MB(median(heaps)),
    ...(CHILD ? { isolated: true, maxrss_process_MB: process.resourceUsage().maxRSS / 1024 } : {}),
  };
}

// ---------------------------------------------------------------- main

async function initPeer(id) {
  if (!peers[id]) throw new Error(`unknown peer ${id} (known: ${Object.keys(peers).join(', ')})`);
  await peers[id].init();
}

if (CHILD) {
  const [peerId, n] = CHILD.split(':');
  await initPeer(peerId);
  const res = await runCase(peerId, Number(n));
  process.stdout.write('RESULT ' + JSON.stringify(res) + '\n');
  process.exit(0);
}

const results = [];
const failures = [];
const fmt = (x, d = 1) => (x == null ? '-' : x.toFixed(d));
const row = (r) => [
  peers[r.peer].name.padEnd(26), String(r.N).padStart(5), String(r.answered).padStart(5), String(r.expected.flips).padStart(5),
  fmt(r.load_ms).padStart(9), fmt(r.fill_ms).padStart(9), fmt(r.us_per_answer).padStart(9),
  fmt(r.rss_peak_MB, 0).padStart(7), fmt(r.heap_retained_MB).padStart(8),
  (r.maxrss_process_MB != null ? fmt(r.maxrss_process_MB, 0) : '-').padStart(8), `${r.warmup}+${r.runs}`.padStart(5), (r.matches_reference ? 'yes' : 'NO').padStart(4),
].join(' ');
const header = ['peer'.padEnd(26), 'N'.padStart(5), 'ans'.padStart(5), 'flips'.padStart(5), 'load ms'.padStart(9), 'fill ms'.padStart(9), 'us/ans'.padStart(9), 'rssMB'.padStart(7), 'heapMB'.padStart(8), 'maxrssMB'.padStart(8), 'w+n'.padStart(5), 'ok'.padStart(4)].join(' ');

console.log(`node ${process.version}, ${os.cpus().length} logical cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`);
console.log(`peers: ${PEERS.map((p) => `${peers[p]?.name ?? p} ${peers[p]?.version() ?? '?'}`).join(', ')}; R=${R}, seed=${SEED}, runs=${RUNS}${ISOLATE ? ', isolated processes' : ', one process'}`);
console.log(header);

if (!ISOLATE) for (const p of PEERS) {
  try { await initPeer(p); } catch (e) { failures.push({ peer: p, stage: 'init', error: String(e?.stack ?? e) }); console.log(`${p}: init failed: ${e}`); }
}
for (const N of SIZES) {
  for (const p of PEERS) {
    if (failures.some((f) => f.peer === p && f.stage === 'init')) continue;
    try {
      let res;
      if (ISOLATE && p !== 'enumera') {
        const args = ['--expose-gc', fileURLToPath(import.meta.url), '--child', `${p}:${N}`, '--runs', String(RUNS), '--R', String(R), '--seed', String(SEED), '--budget-s', String(BUDGET_S)];
        if (WARMUP != null) args.push('--warmup', String(WARMUP));
        const c = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
        const line = c.stdout.split('\n').find((l) => l.startsWith('RESULT '));
        if (!line) throw new Error(`child failed (status ${c.status}): ${c.stderr.slice(-2000)}`);
        res = JSON.parse(line.slice(7));
      } else {
        res = await runCase(p, N);
      }
      results.push(res);
      console.log(row(res));
    } catch (e) {
      failures.push({ peer: p, N, stage: 'run', error: String(e?.stack ?? e) });
      console.log(`${p} N=${N}: failed: ${String(e?.message ?? e).slice(0, 300)}`);
    }
  }
}

// Enumera against the better peer on each figure, at each N, side by side in this run.
const ratios = [];
for (const N of SIZES) {
  const e = results.find((r) => r.peer === 'enumera' && r.N === N);
  const others = results.filter((r) => r.peer !== 'enumera' && r.N === N);
  if (!e || !others.length) continue;
  const best = (key) => Math.min(...others.map((r) => r[key]).filter((x) => x != null));
  const ratio = {
    N,
    per_answer_times_faster: best('us_per_answer') / e.us_per_answer,
    load_times_faster: best('load_ms') / e.load_ms,
    memory_fraction_of_best_heap: e.heap_retained_MB / best('heap_retained_MB'),
    roster_rows_451_500_over_1_50: e.roster_add_ratio_last_first,
  };
  ratios.push(ratio);
  console.log(`N=${N}: Enumera per answer ${ratio.per_answer_times_faster.toFixed(0)}x faster, load ${ratio.load_times_faster.toFixed(0)}x faster, ` +
    `memory ${(ratio.memory_fraction_of_best_heap * 100).toFixed(1)}% of the better peer's heap; roster rows 451-500 cost ${ratio.roster_rows_451_500_over_1_50.toFixed(2)}x rows 1-50`);
}

const out = {
  date: new Date().toISOString(),
  machine: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpu: os.cpus()[0]?.model, logicalCores: os.cpus().length, totalMemGiB: +(os.totalmem() / 2 ** 30).toFixed(1) },
  peers: Object.fromEntries(PEERS.map((p) => [p, { name: peers[p]?.name, version: peers[p]?.version(), ...(p === 'odk' ? { jsdom: pkgVersion('jsdom') } : {}) }])),
  config: { sizes: SIZES, R, seed: SEED, runs: RUNS, warmup: WARMUP ?? 'auto: 5 / 2 / 1 runs for N <= 100 / <= 1000 / larger, 0 for a larger N once the peer ran a smaller one in this process; no more warm-up runs after 60 s', budget_s: BUDGET_S, isolate: ISOLATE },
  results, ratios, failures,
};
writeFileSync(OUT, JSON.stringify(out, null, 2));
console.log(`wrote ${OUT}`);
if (failures.length || results.some((r) => !r.matches_reference)) process.exitCode = 1;
