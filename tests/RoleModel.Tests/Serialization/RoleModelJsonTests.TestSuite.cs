using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    /// <summary>
    /// The parsing corpus of JSONTestSuite: y_ files must parse, n_ files must not, i_ files may do either.
    /// Whatever the file, reading gives a catalogue or located problems, and never throws.
    /// </summary>
    [Fact]
    public void Read_JsonTestSuite_NeverThrowsAndRefusesEveryInvalidFile()
    {
        var files = Directory.GetFiles(TestPaths.JsonTestSuite, "*.json");
        var failures = new List<string>();

        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            JsonReadResult result;
            try
            {
                result = RoleModelJson.Read(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failures.Add($"{name}: threw {e.GetType().Name}: {e.Message}");
                continue;
            }

            if (result.Catalogue is null && result.Report.Problems.IsEmpty)
            {
                failures.Add($"{name}: neither a catalogue nor a problem");
            }

            if (result.Report.Problems.Any(p => p.Line is null || p.Column is null))
            {
                failures.Add($"{name}: a problem without position: {result.Report}");
            }

            if (name.StartsWith("n_", StringComparison.Ordinal) && result.Catalogue is not null)
            {
                failures.Add($"{name}: accepted");
            }

            if (name.StartsWith("y_", StringComparison.Ordinal) && result.Report.Problems.Any(p => p.Code == "RM001"))
            {
                failures.Add($"{name}: valid JSON reported as a syntax error: {result.Report}");
            }
        }

        files.Should().HaveCountGreaterThan(300);
        failures.Should().BeEmpty();
    }
}
