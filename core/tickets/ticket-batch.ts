/**
 * What one ticket file yields: tickets, their events, how many records were seen and
 * which were skipped. Every importer fills one of these.
 */
import type { SkipTally, TicketEventRow, TicketRow, TicketSystem } from '../store/rows.ts';
import { countSkip, newSkipTally } from '../store/rows.ts';

export interface TicketFileResult {
  format: TicketSystem;
  tickets: TicketRow[];
  events: TicketEventRow[];
  /** Records seen: tickets in JSON, data rows in CSV. */
  read: number;
  skips: SkipTally;
}

export class TicketBatch {
  readonly tickets: TicketRow[] = [];
  readonly events: TicketEventRow[] = [];
  readonly skips = newSkipTally();
  read = 0;
  private readonly ids = new Set<string>();

  constructor(readonly system: TicketSystem) {}

  /** Caseline's id for a source reference. */
  ticketId(externalId: string): string {
    return `${this.system}:${externalId}`;
  }

  /** Adds a ticket; a second ticket with the same id is a 'duplicate-id' skip. */
  addTicket(ticket: TicketRow, line: number): boolean {
    if (this.ids.has(ticket.id)) {
      this.skip('duplicate-id', line);
      return false;
    }
    this.ids.add(ticket.id);
    this.tickets.push(ticket);
    return true;
  }

  addEvent(event: TicketEventRow): void {
    this.events.push(event);
  }

  skip(reason: string, line: number): void {
    countSkip(this.skips, reason, line);
  }

  result(): TicketFileResult {
    // Events only for tickets that made it: a skipped ticket must not leave orphans.
    // Grouped per ticket in ticket order, by time within a ticket (sort is stable).
    const order = new Map(this.tickets.map((t, i) => [t.id, i]));
    const events = this.events.filter((e) => order.has(e.ticketId));
    events.sort((a, b) => order.get(a.ticketId)! - order.get(b.ticketId)! || a.ts - b.ts);
    return {
      format: this.system,
      tickets: this.tickets,
      events,
      read: this.read,
      skips: this.skips,
    };
  }
}
