using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests.Reports;

/// <summary>The library's side of the report tests: the bundled sample as the library reads it, and facts about A4.</summary>
public static partial class ReportExpectations
{
    /// <summary>A4 is 210 × 297 mm; the report's @page margins are 14 mm left and right, 15 mm top and bottom; CSS has 96 px per inch.</summary>
    public const int A4PrintableWidthPixels = (int)((210 - 28) / 25.4 * 96);

    public const int A4PrintableHeightPixels = (int)((297 - 30) / 25.4 * 96);

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static Catalogue Sample { get; } = RoleModelJson.Read(DocumentLoader.ReadSample()).Catalogue!;

    /// <summary>The size in points of every page of a PDF, read from the page objects' media boxes.</summary>
    public static IReadOnlyList<(double Width, double Height)> PdfPages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text.Should().StartWith("%PDF-");
        return [.. MediaBox().Matches(text).Select(m => (Number(m.Groups[3].Value) - Number(m.Groups[1].Value), Number(m.Groups[4].Value) - Number(m.Groups[2].Value)))];
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
