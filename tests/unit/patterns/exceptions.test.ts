import { describe, expect, it } from 'vitest';
import { exceptionSignature } from '../../../core/patterns/exceptions.ts';
import { createSignatureMiner } from '../../../core/patterns/miner.ts';

function javaTrace(
  orderId: number,
  line: number,
  topFrame = 'com.acme.billing.InvoiceService.charge',
): string {
  return [
    `java.lang.IllegalStateException: Could not charge order ${orderId} for tenant acme-${orderId % 7}`,
    `\tat ${topFrame}(InvoiceService.java:${line})`,
    '\tat sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
    `\tat org.springframework.aop.support.AopUtils.invokeJoinpoint(AopUtils.java:${line + 3})`,
    `\tat com.acme.billing.BillingController.post(BillingController.java:${line * 2})`,
    `\tat com.acme.billing.BillingController$$EnhancerBySpringCGLIB$$1a2b.post(<generated>)`,
    '\tat java.lang.Thread.run(Thread.java:748)',
    'Caused by: java.net.SocketTimeoutException: Read timed out',
    '\tat java.net.SocketInputStream.read(SocketInputStream.java:150)',
  ].join('\n');
}

describe('exception signatures', () => {
  it('reads type, message template and top application frames', () => {
    const sig = exceptionSignature(javaTrace(4711, 88))!;
    expect(sig.type).toBe('java.lang.IllegalStateException');
    expect(sig.messageTemplate).toBe('Could not charge order <*> for tenant acme-<*>');
    expect(sig.frames).toEqual([
      'com.acme.billing.InvoiceService.charge',
      'com.acme.billing.BillingController.post',
      'com.acme.billing.BillingController.post',
    ]);
  });

  it('gives two traces of the same error one signature, a different top frame another', () => {
    const miner = createSignatureMiner();
    const a = miner.add(javaTrace(4711, 88), 'billing');
    const b = miner.add(javaTrace(1234, 90), 'billing');
    const c = miner.add(javaTrace(4711, 88, 'com.acme.billing.RefundService.charge'), 'billing');
    const ids = new Map(miner.finish().clusters.map((x) => [x.key, x.signatureId]));
    expect(ids.get(a)).toBe(ids.get(b));
    expect(ids.get(c)).not.toBe(ids.get(a));
  });

  it('finds the exception line after a log message and reads Python tracebacks', () => {
    const java = exceptionSignature(
      [
        'Request failed',
        'java.io.IOException: disk full',
        '\tat com.acme.Store.save(Store.java:3)',
      ].join('\n'),
    )!;
    expect(java.template).toBe('java.io.IOException: disk full @ com.acme.Store.save');
    const python = exceptionSignature(
      [
        'Traceback (most recent call last):',
        '  File "/srv/app/jobs/export.py", line 41, in run',
        '    rows = load(batch)',
        '  File "/usr/lib/python3.11/site-packages/sqlalchemy/engine.py", line 9, in execute',
        '    raise',
        'ValueError: batch 17 is empty',
      ].join('\n'),
    )!;
    expect(python.type).toBe('ValueError');
    expect(python.template).toBe('ValueError: batch <*> is empty @ export.py:run');
  });

  it('returns null for messages that are not stack traces', () => {
    expect(exceptionSignature('one line')).toBeNull();
    expect(exceptionSignature('first\nsecond')).toBeNull();
    expect(exceptionSignature('java.lang.Error: x\nno frames here')).toBeNull();
  });
});
