using System.Text;
using RoleModel.Serialization;

namespace RoleModel.Validation;

/// <summary>
/// The rules of declared scale mappings: both scales exist (<c>RM102</c>), every level code is a level of its scale
/// (<c>RM103</c>), and no two mappings of the catalogue connect the same scales in the same direction (<c>RM101</c>),
/// so that a held level has one translation, never two that might disagree.
/// </summary>
internal sealed partial class CatalogueValidator
{
    private void CheckScaleMappings()
    {
        var pairs = new HashSet<(string Source, string Target)>();
        for (var i = 0; i < catalogue.Frameworks.Length; i++)
        {
            var mappings = catalogue.Frameworks[i].ScaleMappings;
            for (var j = 0; j < mappings.Length; j++)
            {
                var mapping = mappings[j];
                var path = Format($"$.frameworks[{i}].scaleMappings[{j}]");
                if (!pairs.Add((mapping.SourceScaleId, mapping.TargetScaleId)))
                {
                    Add(ProblemCodes.DuplicateId, path,
                        ProblemMessage.Of("ScaleMapping.Twice", mapping.SourceScaleId, mapping.TargetScaleId));
                }

                var source = MappedScale(mapping.SourceScaleId, $"{path}.sourceScale");
                var target = MappedScale(mapping.TargetScaleId, $"{path}.targetScale");
                foreach (var (from, to) in mapping.Levels)
                {
                    if (source is not null && source.FindLevel(from) is null)
                    {
                        AddUnknownMappedLevel(source, from, LevelPath(path, from), "source");
                    }

                    if (target is not null && target.FindLevel(to) is null)
                    {
                        AddUnknownMappedLevel(target, to, LevelPath(path, from), "target");
                    }
                }
            }
        }
    }

    private ProficiencyScale? MappedScale(string id, string path)
    {
        var scale = lookup.FindScale(id);
        if (scale is null)
        {
            AddMissingScale(id, path);
        }

        return scale;
    }

    private void AddUnknownMappedLevel(ProficiencyScale scale, string code, string path, string side) =>
        Add(ProblemCodes.UnknownLevel, path,
            ProblemMessage.Of("ScaleMapping.UnknownLevel." + side, code, scale.Id, string.Join(", ", scale.Levels.Select(l => l.Code))));

    private static string LevelPath(string mappingPath, string sourceCode)
    {
        var text = new StringBuilder(mappingPath).Append(".levels");
        WirePath.Append(text, sourceCode, -1);
        return text.ToString();
    }
}
