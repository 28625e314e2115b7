// An Observable Plot figure inside React: Plot builds the SVG, React owns the container.
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';

export function PlotFigure({ options, label }: { options: Plot.PlotOptions; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const figure = Plot.plot(options);
    ref.current?.replaceChildren(figure);
    return () => figure.remove();
  }, [options]);
  return <div className="plot" ref={ref} role="img" aria-label={label} />;
}
