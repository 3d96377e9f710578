namespace RoleModel.Cli.Reports;

/// <summary>The frame of every page the tool writes: one self-contained HTML file, styles inline, nothing loaded from anywhere.</summary>
internal static class Page
{
    /// <summary>Blocks every request the page could make (no script, no fonts, no images from outside), should a document ever try.</summary>
    private const string SecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    public static string Render(string language, string title, Action<HtmlWriter> body)
    {
        var html = new HtmlWriter();
        html.Write($"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{SecurityPolicy}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="rolemodel">
            <title>{title}</title>
            <style>{new HtmlFragment(Style)}</style>
            </head>
            <body>
            <main>

            """);
        body(html);
        html.Raw("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Plain, high-contrast styles (body text 16:1, muted text 7:1 on white); A4 print rules keep charts, figures,
    /// table rows and timeline entries whole and headings with what follows them.
    /// </summary>
    private const string Style = """

        :root { color: #1a1a1a; background: #fff; font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 15px; line-height: 1.45; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
        h1 { font-size: 1.8rem; margin: 0 0 .3rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #1a1a1a; }
        h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
        p, ul, ol, dl { margin: .4rem 0 .8rem; }
        .muted, figcaption, .note { color: #4a4a4a; }
        .note { border-left: 4px solid #4a4a4a; padding: .3rem .8rem; background: #f3f3f3; }
        .lead { font-size: 1.1rem; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
        th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #bdbdbd; }
        th { background: #ececec; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        table.data { font-size: .85rem; }
        table.data td { white-space: nowrap; }
        td code { overflow-wrap: anywhere; }
        .summary { border: 2px solid #1a1a1a; padding: .4rem 1rem; margin: 1rem 0; }
        .summary h2 { border: 0; margin: .4rem 0; }
        figure { margin: 1rem 0 1.5rem; }
        figure svg { width: 100%; height: auto; display: block; }
        figcaption { margin-top: .3rem; }
        .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; margin: .3rem 0; }
        .legend svg { width: 1.4rem; height: 1rem; vertical-align: -.15rem; margin-right: .3rem; border: 1px solid #1a1a1a; display: inline-block; }
        dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1rem; }
        dl.figures dt { font-weight: bold; }
        dl.figures dd { margin: 0; }
        dl.figures .figure { font-size: 1.2rem; font-weight: bold; margin-right: .4rem; }
        ol.timeline { list-style: none; padding: 0; }
        ol.timeline li { border-left: 3px solid #1a1a1a; padding: .2rem 0 .5rem .8rem; margin-left: .3rem; }
        ol.timeline li.correction { border-left: 6px double #b00020; }
        ol.timeline li.declined { border-left-style: dashed; }
        .when { font-weight: bold; font-variant-numeric: tabular-nums; }
        .tag { display: inline-block; border: 1px solid #1a1a1a; border-radius: 3px; padding: 0 .35rem; font-size: .8rem; font-weight: bold; margin: 0 .3rem; }
        .tag.correction { border-color: #b00020; color: #b00020; }
        .met { font-weight: bold; }
        nav ul { columns: 2; }
        table#signatures td { height: 4rem; vertical-align: bottom; color: #4a4a4a; }
        @page { size: A4; margin: 15mm 14mm; }
        @media print {
          :root { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          figure, tr, ol.timeline li, dl.figures, .keep { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          nav { display: none; }
        }

        """;
}
