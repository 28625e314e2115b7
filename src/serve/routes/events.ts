// GET /api/events, /api/timeline and /api/places: events by type, modality, place and time;
// counts per day or week; geocoded places for the map.
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from 'typebox';
import type { CorpusViews } from '../../store/store.js';
import type { BBox } from '../../store/store.js';
import {
  EventHitSchema,
  EventQuerySchema,
  PlacePointSchema,
  PlacesQuerySchema,
  TimelineBucketSchema,
  TimelineQuerySchema,
} from '../../store/shapes.js';

const BBOX = /^(-?\d+(\.\d+)?),(-?\d+(\.\d+)?),(-?\d+(\.\d+)?),(-?\d+(\.\d+)?)$/;
// The store's queries, but the box is one comma-separated string in a URL.
const EventsQuery = Type.Object(
  {
    ...EventQuerySchema.properties,
    bbox: Type.Optional(Type.String({ pattern: BBOX.source, description: 'west,south,east,north in degrees' })),
  },
  { additionalProperties: false },
);
const EventsReply = Type.Object({
  total: Type.Integer(),
  events: Type.Array(EventHitSchema),
});
// The interval may be left out of a URL (day).
const TimelineQuery = Type.Object(
  { ...TimelineQuerySchema.properties, interval: Type.Optional(TimelineQuerySchema.properties.interval) },
  { additionalProperties: false },
);
const TimelineReply = Type.Array(TimelineBucketSchema);
const PlacesQuery = PlacesQuerySchema;
const PlacesReply = Type.Array(PlacePointSchema);

/** Parses a validated bbox string; a box with south above north is a client error. */
function parseBBox(text: string): BBox | string {
  const [west, south, east, north] = text.split(',').map(Number);
  if (Math.abs(south) > 90 || Math.abs(north) > 90 || south > north)
    return 'querystring/bbox latitudes must be within -90..90 with south <= north';
  if (Math.abs(west) > 180 || Math.abs(east) > 180) return 'querystring/bbox longitudes must be within -180..180';
  return [west, south, east, north];
}

export const eventRoutes: FastifyPluginAsync<{ store: CorpusViews }> = async (app, { store }) => {
  app.get<{ Querystring: Static<typeof EventsQuery> }>(
    '/api/events',
    {
      schema: {
        summary: 'Event mentions by type, modality, bounding box and time',
        querystring: EventsQuery,
        response: { 200: EventsReply },
      },
    },
    async (req, reply) => {
      const { bbox, ...rest } = req.query;
      const box = bbox ? parseBBox(bbox) : undefined;
      if (typeof box === 'string') return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: box });
      return store.eventMentions({ ...rest, bbox: box });
    },
  );

  app.get<{ Querystring: Static<typeof TimelineQuery> }>(
    '/api/timeline',
    {
      schema: {
        summary: 'Event counts per day or week by type and modality',
        querystring: TimelineQuery,
        response: { 200: TimelineReply },
      },
    },
    async (req) => store.timeline({ ...req.query, interval: req.query.interval ?? 'day' }),
  );

  app.get<{ Querystring: Static<typeof PlacesQuery> }>(
    '/api/places',
    {
      schema: {
        summary: 'Geocoded places mentioned in the corpus',
        querystring: PlacesQuery,
        response: { 200: PlacesReply },
      },
    },
    async (req) => store.places(req.query),
  );
};
