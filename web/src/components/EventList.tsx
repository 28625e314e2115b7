// A list of event mentions, each linking to its sentence in the reader.
import type { EventHit } from '../api.ts';
import { href } from '../router.ts';
import { day, MODALITY_LABEL, typeColor } from '../format.ts';
import type { Modality } from '../../../src/record/types.ts';

export function EventList({ events }: { events: EventHit[] }) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th>date</th>
          <th>event</th>
          <th>modality</th>
          <th>article</th>
        </tr>
      </thead>
      <tbody>
        {events.map((ev) => (
          <tr key={`${ev.recordId}/${ev.eventId}`}>
            <td className="nowrap">{day(ev.date)}</td>
            <td>
              <span className="swatch" style={{ background: typeColor(ev.type) }} />{' '}
              <a href={href.article(ev.recordId, ev.span)}>{ev.type}</a>
              {ev.time ? <small className="muted"> · {ev.time}</small> : null}
            </td>
            <td>
              <span className={`mod mod-${ev.modality}`}>{MODALITY_LABEL[ev.modality as Modality] ?? ev.modality}</span>
            </td>
            <td>{ev.title}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
