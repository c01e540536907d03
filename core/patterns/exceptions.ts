/**
 * Signatures for exceptions with stack traces. Two traces are the same error when they
 * share the exception type, the message template and the top application frames; line
 * numbers, library frames and the variable parts of the message do not matter, so a
 * redeploy that shifts line numbers keeps the signature.
 */
import { collapseWildcards, tokenize } from './tokenize.ts';

export interface ExceptionSignature {
  /** Exception class (`java.lang.IllegalStateException`, `ValueError`). */
  type: string;
  /** The exception message with variables masked as `<*>`. */
  messageTemplate: string;
  /** Top application frames, outermost last, without line numbers. */
  frames: string[];
  /** One-line template: `Type: message template @ frame1 < frame2 < frame3`. */
  template: string;
}

/** Frames from these packages/modules belong to platforms and libraries, not the app. */
export const LIBRARY_FRAME_PREFIXES: readonly string[] = [
  'java.',
  'javax.',
  'jdk.',
  'sun.',
  'com.sun.',
  'kotlin.',
  'scala.',
  'org.springframework.',
  'org.apache.',
  'org.eclipse.jetty.',
  'io.netty.',
  'com.google.',
  'com.fasterxml.',
  'org.hibernate.',
  'reactor.',
  'io.micrometer.',
];
const PYTHON_LIBRARY_PATH = /(site-packages|dist-packages|\/lib\/python[\d.]*\/|<frozen )/;

export const TOP_FRAMES = 3;

const JAVA_HEAD =
  /^\s*(?:Exception in thread "[^"]*" )?([A-Za-z_$][\w$]*(?:\.[\w$]+)*(?:Exception|Error|Throwable|Fault|Failure)[\w$]*)(?::\s?(.*))?$/;
const JAVA_FRAME = /^\s*at ([\w$.<>/-]+)\(/;
const PYTHON_FRAME = /^\s*File "([^"]+)", line \d+, in (\S+)/;
const PYTHON_LAST = /^([A-Za-z_][\w.]*(?:Error|Exception|Warning|Exit|Interrupt)?)(?::\s?(.*))?$/;

function messageTemplate(message: string): string {
  return collapseWildcards(tokenize(message).join(' '));
}

function build(type: string, message: string, frames: string[]): ExceptionSignature {
  const messageTpl = messageTemplate(message);
  const head = messageTpl === '' ? type : `${type}: ${messageTpl}`;
  const template = frames.length ? `${head} @ ${frames.join(' < ')}` : head;
  return { type, messageTemplate: messageTpl, frames, template };
}

function isApplicationJavaFrame(frame: string): boolean {
  return !LIBRARY_FRAME_PREFIXES.some((p) => frame.startsWith(p));
}

function javaSignature(lines: readonly string[]): ExceptionSignature | null {
  // The exception line is the last one before the first frame (a log message may precede it).
  const firstFrame = lines.findIndex((l) => JAVA_FRAME.test(l));
  if (firstFrame < 1) return null;
  let head: RegExpExecArray | null = null;
  for (let i = firstFrame - 1; i >= 0 && !head; i--) head = JAVA_HEAD.exec(lines[i]);
  if (!head) return null;
  const frames: string[] = [];
  let anyFrame = false;
  for (const line of lines.slice(firstFrame)) {
    if (/^\s*Caused by:/.test(line)) break;
    const frame = JAVA_FRAME.exec(line);
    if (!frame) continue;
    anyFrame = true;
    // Generated proxy and lambda names carry counters; keep the stable part.
    const name = frame[1].replace(/\$\$[\w$]*|\$\d+/g, '');
    if (isApplicationJavaFrame(name) && frames.length < TOP_FRAMES) frames.push(name);
  }
  if (!anyFrame) return null;
  return build(head[1], head[2] ?? '', frames);
}

function pythonSignature(lines: readonly string[]): ExceptionSignature | null {
  if (!/^\s*Traceback \(most recent call last\):/.test(lines[0])) return null;
  const calls: string[] = [];
  for (const line of lines) {
    const frame = PYTHON_FRAME.exec(line);
    if (frame && !PYTHON_LIBRARY_PATH.test(frame[1])) {
      const file = frame[1].split(/[\\/]/).pop()!;
      calls.push(`${file}:${frame[2]}`);
    }
  }
  const last = [...lines].reverse().find((l) => l.trim() !== '' && !/^\s/.test(l));
  const tail = last ? PYTHON_LAST.exec(last.trim()) : null;
  if (!tail) return null;
  // Python prints the innermost call last; the top frames are the last ones.
  const frames = calls.reverse().slice(0, TOP_FRAMES);
  return build(tail[1], tail[2] ?? '', frames);
}

/**
 * Reads a multi-line message (lines joined by '\n') as a Java or Python stack trace;
 * returns its signature parts, or null when the message is not a stack trace.
 */
export function exceptionSignature(message: string): ExceptionSignature | null {
  if (!message.includes('\n')) return null;
  const lines = message.split(/\r?\n/);
  return javaSignature(lines) ?? pythonSignature(lines);
}
