/// The quality report's inline style sheet: system fonts, colours with a contrast of at least 4.5:1 on
/// white for text (and 3:1 for bars), one column that reads at 1280 px and at a phone's width.
///
/// ```swift
/// output.write("<style>\(QualityPageStyle.css)</style>")
/// ```
enum QualityPageStyle {
    static let css = """
        :root { --text: #1b1f24; --muted: #4b5563; --line: #d0d7de; --track: #eef1f4; --bar: #2f5d95;
          --error: #b42318; --warning: #9a4a00; --conforming: #0f6b3a; --code: #f4f6f8; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--text); background: #fff; line-height: 1.5;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
        main, footer { max-width: 1100px; margin: 0 auto; padding: 0 1.25rem; }
        header { border-bottom: 1px solid var(--line); margin-bottom: 1rem; }
        h1 { font-size: 1.7rem; margin: 1.5rem 0 0.5rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
        h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; overflow-wrap: anywhere; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
          font-size: 0.9em; background: var(--code); padding: 0 0.2em; border-radius: 3px; overflow-wrap: break-word; }
        a { color: #0b57b5; }
        .verdict { font-weight: 600; padding: 0.5rem 0.75rem; border-radius: 6px; display: inline-block; }
        .verdict.clean { color: var(--conforming); background: #e6f4ea; }
        .verdict.failing { color: var(--error); background: #fdecea; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: 0.75rem; margin: 0; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.8rem; }
        .card dt { color: var(--muted); font-size: 0.9rem; }
        .card dd { margin: 0; font-size: 1.6rem; font-weight: 650; font-variant-numeric: tabular-nums; }
        .card.error dd { color: var(--error); }
        .card.warning dd { color: var(--warning); }
        .card.conforming dd { color: var(--conforming); }
        .chart { display: block; width: 100%; max-width: 640px; height: auto; margin: 0.5rem 0; }
        .chart text { font-size: 14px; fill: var(--text); font-family: inherit; }
        .chart .value { fill: var(--muted); font-variant-numeric: tabular-nums; }
        .chart .track { fill: var(--track); }
        .chart .bar { fill: var(--bar); }
        .chart .error { fill: var(--error); }
        .chart .warning { fill: var(--warning); }
        .chart .conforming { fill: var(--conforming); }
        .chart .axis { stroke: var(--muted); stroke-width: 1; }
        .scroll { overflow-x: auto; }
        @media (min-width: 1000px) {
          .figure { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 2rem; align-items: start; }
          .figure table { margin-top: 0.5rem; }
        }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; min-width: 50%; }
        caption { text-align: left; color: var(--muted); font-size: 0.9rem; padding-bottom: 0.25rem; }
        th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--muted); }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        tbody th { font-weight: normal; overflow-wrap: anywhere; }
        details { margin: 0.25rem 0 1rem; }
        summary { cursor: pointer; color: #0b57b5; }
        .note { color: var(--muted); font-size: 0.9rem; }
        .rule { border-left: 4px solid var(--line); padding-left: 0.9rem; margin: 1.25rem 0; }
        .rule .source { color: var(--muted); }
        .badge { font-size: 0.8rem; font-weight: 600; padding: 0.05rem 0.45rem; border-radius: 999px; color: #fff;
          vertical-align: middle; }
        .badge.error { background: var(--error); }
        .badge.warning { background: var(--warning); }
        table.examples { width: 100%; table-layout: fixed; }
        table.examples th:nth-child(1) { width: 30%; }
        table.examples th:nth-child(2) { width: 22%; }
        table.examples td { overflow-wrap: anywhere; }
        table.examples td code { overflow-wrap: anywhere; }
        table.examples tr.error td:first-child { border-left: 3px solid var(--error); }
        table.examples tr.warning td:first-child { border-left: 3px solid var(--warning); }
        footer { color: var(--muted); font-size: 0.9rem; border-top: 1px solid var(--line); margin-top: 2rem; }
        @media (max-width: 600px) {
          main, footer { padding: 0 0.75rem; }
          h1 { font-size: 1.4rem; }
          th, td { padding: 0.25rem 0.4rem; }
          table { font-size: 0.9rem; }
          table.examples, table.examples tbody, table.examples tr, table.examples td { display: block; width: auto; }
          table.examples thead { display: none; }
          table.examples tr { border-bottom: 1px solid var(--line); padding: 0.3rem 0; }
          table.examples td { border: none; padding: 0.1rem 0.4rem; }
        }

        """
}
