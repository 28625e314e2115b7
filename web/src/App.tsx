// The workbench shell: navigation and the view the hash names.
import { useRoute, href } from './router.ts';
import { SearchView } from './views/Search.tsx';
import { ReaderView } from './views/Reader.tsx';
import { EntityView } from './views/Entity.tsx';
import { QuotesView } from './views/Quotes.tsx';
import { TimelineView } from './views/Timeline.tsx';
import { MapView } from './views/Map.tsx';
import { SourcesView } from './views/Sources.tsx';

const NAV = [
  ['search', 'Search', href.search()],
  ['quotes', 'Quotes', href.quotes()],
  ['timeline', 'Timeline', href.timeline()],
  ['map', 'Map', href.map()],
  ['sources', 'Sources', href.sources()],
] as const;

export function App() {
  const route = useRoute();
  return (
    <>
      <header className="top">
        <a className="brand" href={href.search()}>
          dateline
        </a>
        <nav>
          {NAV.map(([view, label, to]) => (
            <a key={view} href={to} className={route.view === view ? 'active' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main>{view(route.view, route.arg, route.params)}</main>
    </>
  );
}

function view(name: string, arg: string, params: URLSearchParams) {
  switch (name) {
    case 'article':
      return <ReaderView key={arg} id={arg} params={params} />;
    case 'entity':
      return <EntityView key={arg} entityKey={arg} />;
    case 'quotes':
      return <QuotesView params={params} />;
    case 'timeline':
      return <TimelineView params={params} />;
    case 'map':
      return <MapView params={params} />;
    case 'sources':
      return <SourcesView params={params} />;
    default:
      return <SearchView params={params} />;
  }
}
