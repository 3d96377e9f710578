using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    private static readonly byte[] Municipal = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "municipal.json"));

    /// <summary>Damage done to a valid document: bytes replaced, removed or duplicated, or the end cut off.</summary>
    public static class Damage
    {
        public static Arbitrary<byte[]> Documents() =>
            (from edits in Gen.ListOf(
                 from position in Gen.Choose(0, Municipal.Length - 1)
                 from kind in Gen.Choose(0, 3)
                 from value in Gen.Elements("{}[]\",:0-e.\\ \nnulltrue\u00e4\u00ff"u8.ToArray())
                 select (position, kind, value), 4)
             select Apply(edits)).ToArbitrary();

        private static byte[] Apply(IEnumerable<(int Position, int Kind, byte Value)> edits)
        {
            var bytes = Municipal.ToList();
            foreach (var (position, kind, value) in edits)
            {
                var at = Math.Min(position, bytes.Count - 1);
                switch (kind)
                {
                    case 0: bytes[at] = value; break;
                    case 1: bytes.RemoveAt(at); break;
                    case 2: bytes.Insert(at, bytes[at]); break;
                    default: bytes.RemoveRange(at, bytes.Count - at); break;
                }

                if (bytes.Count == 0)
                {
                    break;
                }
            }

            return [.. bytes];
        }
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(Damage)])]
    public void Read_DamagedDocument_GivesACatalogueOrLocatedProblemsAndNeverThrows(byte[] document)
    {
        var result = RoleModelJson.Read(document);

        (result.Catalogue is not null || !result.Report.Problems.IsEmpty).Should().BeTrue();
        result.Report.Problems.Where(p => p.Line is null || p.Column is null).Should().BeEmpty();
    }
}
