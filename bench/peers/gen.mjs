// gen.mjs: deterministic (seeded) synthetic CAPI questionnaire generator.
//
// One abstract model is generated per (N, R, seed) and rendered into each
// peer's native format from that model, so both peers get the same
// questions, the same skip logic, the same validation and the same
// answers to fill in:
//   - toSurveyJS(model) -> SurveyJS JSON object (pages, visibleIf, validators, paneldynamic)
//   - toXForm(model)    -> ODK XForm XML string (groups, bind/@relevant, bind/@constraint, repeat)
//   - toEnumera(model)  -> Enumera form definition (sections, relevant, range, roster)
//   - enumeraPlan(model) -> the answers in order and the expected counts, for Enumera's harness
//   - expected(model)   -> what a correct engine must report after the in-order fill
//                          (answered count, invalid count, relevance flips), from a
//                          small reference evaluator that both peers are checked against.
//
// Model:
//   N top-level questions in sections of SECTION_SIZE. Type mix: single-select (5 options),
//   multi-select (7 options plus an exclusive 'none'), integer with range validation 0..100,
//   and text. Every question after the first FREE_QUESTIONS has a relevance condition of
//   1-3 clauses on earlier questions (clause ops: =, !=, >, <, contains, notempty; joined by
//   and/or). A quarter of the references go to the first 10 "screener" questions, so those
//   have many dependants; the rest go to one of the previous 40 questions.
//   One roster (repeat) of R rows, with 10 questions per row; r3..r10 have conditions on
//   earlier questions of the same row and, half of the time, also on a top-level question.
//   Each question has a planned answer, used if it is relevant when the fill reaches it.
//   About 3% of the planned integer answers are out of range (101..150) so that range
//   validation fails sometimes.
//
// Semantics that both peers share for these expressions (and that expected() uses):
// a comparison with an unanswered (empty) question is false, except '!=' which is true;
// a question that is not relevant when reached is left unanswered. Conditions only look
// backwards, so filling in order never hides a question that was already answered.
// Most references (90%) go to questions that are asked under the planned answers, so that
// about 75% of the questions are asked at every N instead of the share decaying with depth.
//
// CLI: node gen.mjs N [R] [--seed S] [--out DIR]   writes DIR/form-N-R.json, .xml, .enumera.json
//      and DIR/plan-N-R.json

import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_SEED = 20240601;
export const SECTION_SIZE = 50;
export const FREE_QUESTIONS = 5;
export const SCREENERS = 10;
export const WINDOW = 40;
export const ROSTER_QUESTIONS = 10;
const P_CLAUSE_TRUE = 0.8; // chance that a top-level clause is built to hold for the planned answers

// mulberry32: small, fast, deterministic PRNG
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  return { next, int, pick };
}

function pickType(r) {
  const x = r.next();
  if (x < 0.40) return 'single';
  if (x < 0.55) return 'multi';
  if (x < 0.80) return 'int';
  return 'text';
}

function planAnswer(r, type, tag) {
  switch (type) {
    case 'single': return r.int(1, 5);
    case 'multi': {
      if (r.next() < 0.12) return ['none'];
      const k = r.int(1, 3);
      const s = new Set();
      while (s.size < k) s.add(r.int(1, 7));
      return [...s].sort((a, b) => a - b);
    }
    case 'int': return r.next() < 0.03 ? r.int(101, 150) : r.int(0, 100);
    case 'text': return `answer ${tag}`;
    default: throw new Error(type);
  }
}

// A clause about question `q` (scope 'top' or 'row'); with `want` it holds for the planned answer.
function clauseFor(r, q, scope, want) {
  const ref = { scope, id: q.id };
  const a = q.answer;
  switch (q.type) {
    case 'single': {
      let b; do { b = r.int(1, 5); } while (b === a);
      // 15% of single-select clauses are negative ('!='): true while unanswered, so they flip true -> false
      if (r.next() < 0.15) return { op: 'ne', ref, value: want ? b : a };
      return { op: 'eq', ref, value: want ? a : b };
    }
    case 'multi': {
      if (want) return { op: 'contains', ref, value: a[0] === 'none' ? 'none' : r.pick(a) };
      let b; do { b = r.int(1, 7); } while (a.includes(b));
      return { op: 'contains', ref, value: b };
    }
    case 'int': {
      if (want) return a > 0 ? { op: 'gt', ref, value: r.int(0, a - 1) } : { op: 'lt', ref, value: r.int(1, 100) };
      return a < 100 ? { op: 'gt', ref, value: r.int(a, 100) } : { op: 'lt', ref, value: r.int(0, 100) };
    }
    case 'text':
      return want ? { op: 'notempty', ref } : { op: 'eq', ref, value: 'no such answer' };
    default: throw new Error(q.type);
  }
}

// Row-level clauses cannot be tuned to one planned answer (there is one per row),
// so they use ops with a reasonable base rate.
function rowClause(r, q) {
  const ref = { scope: 'row', id: q.id };
  switch (q.type) {
    case 'single': return { op: 'gt', ref, value: r.int(1, 2) };
    case 'multi': return r.next() < 0.5 ? { op: 'notempty', ref } : { op: 'contains', ref, value: r.int(1, 7) };
    case 'int': return { op: 'gt', ref, value: r.int(0, 40) };
    case 'text': return { op: 'notempty', ref };
    default: throw new Error(q.type);
  }
}

function combine(r, clauses) {
  if (clauses.length === 1) return clauses[0];
  if (clauses.length === 2) return { op: r.next() < 0.65 ? 'and' : 'or', args: clauses };
  const [a, b, c] = clauses;
  return r.next() < 0.5
    ? { op: 'or', args: [{ op: 'and', args: [a, b] }, c] }
    : { op: 'and', args: [{ op: 'or', args: [a, b] }, c] };
}

export function generate({ N, R = 20, seed = DEFAULT_SEED } = {}) {
  if (!(N >= 1)) throw new Error('N must be >= 1');
  const r = rng(seed ^ Math.imul(N, 2654435761) ^ Math.imul(R, 40503));
  const questions = [];
  const sections = [];
  const planned = new Map(); // id -> answer, for questions relevant under the planned answers
  for (let i = 0; i < N; i++) {
    const sIdx = Math.floor(i / SECTION_SIZE);
    if (!sections[sIdx]) sections[sIdx] = { id: `s${sIdx + 1}`, questions: [] };
    const type = pickType(r);
    const q = { id: `q${i + 1}`, idx: i, section: sections[sIdx].id, type, cond: null, answer: planAnswer(r, type, i + 1) };
    if (i >= FREE_QUESTIONS) {
      const nClauses = r.next() < 0.45 ? 1 : r.next() < 0.7 ? 2 : 3;
      const refs = new Set();
      let guard = 0;
      while (refs.size < nClauses && guard++ < 200) {
        const j = r.next() < 0.25 ? r.int(0, Math.min(SCREENERS, i) - 1) : r.int(Math.max(0, i - WINDOW), i - 1);
        // Real skip logic mostly references questions that were asked on the same path:
        // 90% of references must be to a question that is relevant under the planned answers.
        if (guard < 150 && !planned.has(questions[j].id) && r.next() < 0.9) continue;
        refs.add(j);
      }
      const clauses = [...refs].sort((a, b) => a - b).map((j) => clauseFor(r, questions[j], 'top', r.next() < P_CLAUSE_TRUE));
      q.cond = combine(r, clauses);
    }
    questions.push(q);
    sections[sIdx].questions.push(q.id);
    if (evalCond(q.cond, planned, NO_ROW)) planned.set(q.id, q.answer);
  }

  // roster template: 10 questions, fixed type pattern
  const rosterTypes = ['single', 'int', 'single', 'multi', 'text', 'int', 'single', 'multi', 'int', 'text'];
  const rq = rosterTypes.slice(0, ROSTER_QUESTIONS).map((type, k) => ({ id: `r${k + 1}`, idx: k, type, cond: null }));
  for (let k = 2; k < rq.length; k++) {
    const clauses = [rowClause(r, rq[r.int(0, k - 1)])];
    if (r.next() < 0.5) {
      const j = r.next() < 0.5 ? r.int(0, Math.min(SCREENERS, N) - 1) : r.int(0, N - 1);
      clauses.push(clauseFor(r, questions[j], 'top', r.next() < 0.85));
    }
    if (r.next() < 0.3) {
      const j = r.int(0, k - 1);
      if (!clauses.some((c) => c.ref.scope === 'row' && c.ref.id === rq[j].id)) clauses.push(rowClause(r, rq[j]));
    }
    rq[k].cond = combine(r, clauses);
  }
  const rows = [];
  for (let row = 0; row < R; row++) {
    const ans = {};
    for (const q of rq) ans[q.id] = planAnswer(r, q.type, `${row + 1}.${q.idx + 1}`);
    rows.push(ans);
  }
  return { N, R, seed, sections, questions, roster: { id: 'roster', questions: rq, rows } };
}

// ---------------------------------------------------------------- reference evaluator

const NO_ROW = new Map();

function evalCond(c, top, row) {
  if (!c) return true;
  switch (c.op) {
    case 'and': return c.args.every((x) => evalCond(x, top, row));
    case 'or': return c.args.some((x) => evalCond(x, top, row));
  }
  const v = (c.ref.scope === 'top' ? top : row).get(c.ref.id);
  if (c.op === 'ne') return v === undefined || v !== c.value;
  if (v === undefined) return false;
  switch (c.op) {
    case 'eq': return v === c.value;
    case 'gt': return v > c.value;
    case 'lt': return v < c.value;
    case 'contains': return v.includes(c.value);
    case 'notempty': return Array.isArray(v) ? v.length > 0 : v !== '';
    default: throw new Error(c.op);
  }
}

function refsOf(c, out = []) {
  if (!c) return out;
  if (c.args) c.args.forEach((x) => refsOf(x, out));
  else out.push(c.ref);
  return out;
}

const isInvalid = (q, v) => q.type === 'int' && (v < 0 || v > 100);

export function expected(model) {
  const top = new Map();
  const empty = new Map();
  // dependants index (top-level questions only; roster rows do not exist while top-level answers are set)
  const deps = new Map();
  for (const q of model.questions) for (const ref of refsOf(q.cond)) {
    if (!deps.has(ref.id)) deps.set(ref.id, new Set());
    deps.get(ref.id).add(q);
  }
  const rel = new Map(model.questions.map((q) => [q.id, evalCond(q.cond, top, empty)]));
  let answeredTop = 0, invalid = 0, flips = 0, conditions = 0;
  for (const q of model.questions) {
    if (q.cond) conditions++;
    if (!rel.get(q.id)) continue;
    top.set(q.id, q.answer);
    answeredTop++;
    if (isInvalid(q, q.answer)) invalid++;
    for (const d of deps.get(q.id) ?? []) {
      const now = evalCond(d.cond, top, empty);
      if (now !== rel.get(d.id)) { flips++; rel.set(d.id, now); }
    }
  }
  let answeredRoster = 0;
  const rq = model.roster.questions;
  for (const ans of model.roster.rows) {
    const row = new Map();
    const rrel = new Map(rq.map((q) => [q.id, evalCond(q.cond, top, row)]));
    for (const q of rq) {
      if (!rrel.get(q.id)) continue;
      row.set(q.id, ans[q.id]);
      answeredRoster++;
      if (isInvalid(q, ans[q.id])) invalid++;
      for (const d of rq) if (d.idx > q.idx && d.cond) {
        const now = evalCond(d.cond, top, row);
        if (now !== rrel.get(d.id)) { flips++; rrel.set(d.id, now); }
      }
    }
  }
  return {
    questionsTop: model.questions.length,
    questionsRoster: rq.length * model.roster.rows.length,
    conditions: conditions + rq.filter((q) => q.cond).length * model.roster.rows.length,
    answeredTop, answeredRoster, answered: answeredTop + answeredRoster, invalid, flips,
  };
}

// ---------------------------------------------------------------- SurveyJS

function sjsLiteral(v) { return typeof v === 'number' ? String(v) : `'${v}'`; }

export function sjsExpr(c) {
  if (c.args) return c.args.map((x) => (x.args ? `(${sjsExpr(x)})` : sjsExpr(x))).join(` ${c.op} `);
  const name = c.ref.scope === 'row' ? `{panel.${c.ref.id}}` : `{${c.ref.id}}`;
  switch (c.op) {
    case 'eq': return `${name} = ${sjsLiteral(c.value)}`;
    case 'ne': return `${name} != ${sjsLiteral(c.value)}`;
    case 'gt': return `${name} > ${c.value}`;
    case 'lt': return `${name} < ${c.value}`;
    case 'contains': return `${name} contains ${sjsLiteral(c.value)}`;
    case 'notempty': return `${name} notempty`;
    default: throw new Error(c.op);
  }
}

const choices = (n) => Array.from({ length: n }, (_, k) => ({ value: k + 1, text: `Option ${k + 1}` }));

function sjsQuestion(q, title) {
  const el = { name: q.id, title };
  switch (q.type) {
    case 'single': Object.assign(el, { type: 'radiogroup', choices: choices(5) }); break;
    case 'multi': Object.assign(el, { type: 'checkbox', choices: choices(7), showNoneItem: true }); break;
    case 'int': Object.assign(el, { type: 'text', inputType: 'number', validators: [{ type: 'numeric', minValue: 0, maxValue: 100 }] }); break;
    case 'text': Object.assign(el, { type: 'text' }); break;
  }
  if (q.cond) el.visibleIf = sjsExpr(q.cond);
  return el;
}

export function toSurveyJS(model) {
  const byId = new Map(model.questions.map((q) => [q.id, q]));
  const pages = model.sections.map((s) => ({
    name: s.id,
    title: `Section ${s.id.slice(1)}`,
    elements: s.questions.map((id) => sjsQuestion(byId.get(id), `Question ${id}`)),
  }));
  pages.push({
    name: 'roster_page',
    title: 'Roster',
    elements: [{
      type: 'paneldynamic',
      name: model.roster.id,
      title: 'Household roster',
      panelCount: 0,
      templateElements: model.roster.questions.map((q) => sjsQuestion(q, `Row question ${q.id}`)),
    }],
  });
  return { title: `Synthetic benchmark N=${model.N} R=${model.R}`, pages };
}

// Values as SurveyJS stores them
export function sjsValue(q, v) { return v; }

// ---------------------------------------------------------------- ODK XForm

const xmlEsc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xpathExpr(c, pathOf) {
  if (c.args) return c.args.map((x) => (x.args ? `(${xpathExpr(x, pathOf)})` : xpathExpr(x, pathOf))).join(` ${c.op} `);
  const p = pathOf(c.ref);
  const lit = (v) => (typeof v === 'number' ? String(v) : `'${v}'`);
  switch (c.op) {
    case 'eq': return `${p} = ${lit(c.value)}`;
    case 'ne': return `${p} != ${lit(c.value)}`;
    case 'gt': return `${p} > ${c.value}`;
    case 'lt': return `${p} < ${c.value}`;
    case 'contains': return `selected(${p}, '${c.value}')`;
    case 'notempty': return `${p} != ''`;
    default: throw new Error(c.op);
  }
}

export function toXForm(model) {
  const byId = new Map(model.questions.map((q) => [q.id, q]));
  const topPath = (id) => `/data/${byId.get(id).section}/${id}`;
  const rosterPath = (id) => `/data/${model.roster.id}/${id}`;
  const pathOf = (ref) => (ref.scope === 'top' ? topPath(ref.id) : `../${ref.id}`);
  const out = [];
  out.push('<?xml version="1.0"?>');
  out.push('<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:ev="http://www.w3.org/2001/xml-events" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms" xmlns:orx="http://openrosa.org/xforms" xmlns:xsd="http://www.w3.org/2001/XMLSchema">');
  out.push(`<h:head><h:title>Synthetic benchmark N=${model.N} R=${model.R}</h:title>`);
  out.push('<model odk:xforms-version="1.0.0">');
  out.push(`<instance><data id="bench_${model.N}_${model.R}" version="1">`);
  for (const s of model.sections) out.push(`<${s.id}>${s.questions.map((id) => `<${id}/>`).join('')}</${s.id}>`);
  out.push(`<${model.roster.id} jr:template="">${model.roster.questions.map((q) => `<${q.id}/>`).join('')}</${model.roster.id}>`);
  out.push('<meta><instanceID/></meta>');
  out.push('</data></instance>');
  const bind = (path, q) => {
    const type = q.type === 'int' ? 'int' : 'string';
    let a = `<bind nodeset="${path}" type="${type}"`;
    if (q.cond) a += ` relevant="${xmlEsc(xpathExpr(q.cond, pathOf))}"`;
    if (q.type === 'int') a += ` constraint="${xmlEsc('. >= 0 and . <= 100')}" jr:constraintMsg="Must be 0..100"`;
    if (q.type === 'multi') a += ` constraint="${xmlEsc("not(selected(., 'none')) or count-selected(.) = 1")}" jr:constraintMsg="'none' is exclusive"`;
    return a + '/>';
  };
  for (const q of model.questions) out.push(bind(topPath(q.id), q));
  for (const q of model.roster.questions) out.push(bind(rosterPath(q.id), q));
  out.push('<bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>');
  out.push('</model></h:head>');
  out.push('<h:body>');
  const items = (n, none) => {
    let s = '';
    for (let k = 1; k <= n; k++) s += `<item><label>Option ${k}</label><value>${k}</value></item>`;
    if (none) s += '<item><label>None of the above</label><value>none</value></item>';
    return s;
  };
  const control = (path, q, label) => {
    switch (q.type) {
      case 'single': return `<select1 ref="${path}"><label>${label}</label>${items(5, false)}</select1>`;
      case 'multi': return `<select ref="${path}"><label>${label}</label>${items(7, true)}</select>`;
      default: return `<input ref="${path}"><label>${label}</label></input>`;
    }
  };
  for (const s of model.sections) {
    out.push(`<group ref="/data/${s.id}"><label>Section ${s.id.slice(1)}</label>`);
    for (const id of s.questions) out.push(control(topPath(id), byId.get(id), `Question ${id}`));
    out.push('</group>');
  }
  out.push(`<group ref="/data/${model.roster.id}"><label>Household roster</label><repeat nodeset="/data/${model.roster.id}">`);
  for (const q of model.roster.questions) out.push(control(rosterPath(q.id), q, `Row question ${q.id}`));
  out.push('</repeat></group>');
  out.push('</h:body></h:html>');
  return out.join('\n');
}

// ---------------------------------------------------------------- Enumera

// Enumera's expression language has one meaning for unknown values: a comparison with an
// unanswered question is unknown, and an unknown relevance counts as false. The conditions here
// only join clauses with and/or, so unknown behaves as false, as in the reference, except for
// '!=', which the reference holds true while unanswered: that clause says so explicitly.
const NONE_CODE = 0;
const enCode = (v) => (v === 'none' ? NONE_CODE : v);
const enLiteral = (v) => (typeof v === 'number' ? String(v) : `'${v}'`);

export function enumeraExpr(c) {
  if (c.args) return c.args.map((x) => (x.args ? `(${enumeraExpr(x)})` : enumeraExpr(x))).join(` ${c.op} `);
  const name = c.ref.id; // names are unique; a row's own questions are read in the same row
  switch (c.op) {
    case 'eq': return `${name} == ${enLiteral(c.value)}`;
    case 'ne': return `(not answered(${name}) or ${name} != ${enLiteral(c.value)})`;
    case 'gt': return `${name} > ${c.value}`;
    case 'lt': return `${name} < ${c.value}`;
    case 'contains': return `selected(${name}, ${enCode(c.value)})`;
    case 'notempty': return `answered(${name})`;
    default: throw new Error(c.op);
  }
}

function enumeraQuestion(q, label) {
  const el = { name: q.id, label };
  switch (q.type) {
    case 'single': Object.assign(el, { type: 'single', options: 'five' }); break;
    case 'multi': Object.assign(el, { type: 'multiple', options: 'seven_or_none' }); break;
    case 'int': Object.assign(el, { type: 'integer', range: { min: 0, max: 100 } }); break;
    case 'text': Object.assign(el, { type: 'text' }); break;
    default: throw new Error(q.type);
  }
  if (q.cond) el.relevant = enumeraExpr(q.cond);
  return el;
}

export function toEnumera(model) {
  const byId = new Map(model.questions.map((q) => [q.id, q]));
  const option = (k) => ({ code: k, label: `Option ${k}` });
  const sections = model.sections.map((s) => ({
    section: s.id,
    title: `Section ${s.id.slice(1)}`,
    items: s.questions.map((id) => enumeraQuestion(byId.get(id), `Question ${id}`)),
  }));
  sections.push({
    section: 'roster_page',
    title: 'Roster',
    items: [{
      roster: model.roster.id,
      title: 'Household roster',
      items: model.roster.questions.map((q) => enumeraQuestion(q, `Row question ${q.id}`)),
    }],
  });
  return {
    form: `bench_${model.N}_${model.R}`,
    version: '1',
    title: `Synthetic benchmark N=${model.N} R=${model.R}`,
    languages: ['en'],
    option_sets: {
      five: [1, 2, 3, 4, 5].map(option),
      seven_or_none: [...[1, 2, 3, 4, 5, 6, 7].map(option), { code: NONE_CODE, label: 'None of the above', exclusive: true }],
    },
    sections,
  };
}

// The answers to give, in order, and the counts a correct engine reports, for Enumera's harness.
export function enumeraPlan(model) {
  const value = (type, v) => (type === 'multi' ? v.map(enCode) : v);
  return {
    N: model.N, R: model.R, seed: model.seed,
    questions: model.questions.map((q) => ({ id: q.id, type: q.type, answer: value(q.type, q.answer) })),
    roster: {
      id: model.roster.id,
      questions: model.roster.questions.map((q) => ({ id: q.id, type: q.type })),
      rows: model.roster.rows.map((row) => Object.fromEntries(model.roster.questions.map((q) => [q.id, value(q.type, row[q.id])]))),
    },
    expected: expected(model),
  };
}

// ---------------------------------------------------------------- CLI

import { fileURLToPath } from 'node:url';
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name, def) => { const i = args.indexOf(name); if (i < 0) return def; const v = args[i + 1]; args.splice(i, 2); return v; };
  const seed = Number(opt('--seed', DEFAULT_SEED));
  const outDir = opt('--out', 'out/forms');
  const N = Number(args[0] ?? 100);
  const R = Number(args[1] ?? 20);
  const model = generate({ N, R, seed });
  mkdirSync(outDir, { recursive: true });
  const jsonPath = join(outDir, `form-${N}-${R}.json`);
  const xmlPath = join(outDir, `form-${N}-${R}.xml`);
  const enumeraPath = join(outDir, `form-${N}-${R}.enumera.json`);
  const planPath = join(outDir, `plan-${N}-${R}.json`);
  writeFileSync(jsonPath, JSON.stringify(toSurveyJS(model), null, 1));
  writeFileSync(xmlPath, toXForm(model));
  writeFileSync(enumeraPath, JSON.stringify(toEnumera(model), null, 1) + '\n');
  writeFileSync(planPath, JSON.stringify(enumeraPlan(model)) + '\n');
  console.log(JSON.stringify({ N, R, seed, files: [jsonPath, xmlPath, enumeraPath, planPath], expected: expected(model) }));
}
