using System.Text.Json;
using AggloDashboard.Core.Metrics;
using AggloDashboard.Core.Policy;

namespace AggloDashboard.Data.Policy;

/// <summary>
/// Reads the bilingual typology rules of the /policy page from JSON (comments allowed). The default rule set,
/// <c>src/AggloDashboard.Data/Policy/policy-rules.json</c>, is embedded in this assembly so it travels with the app;
/// its header documents the format.
/// </summary>
public static class PolicyRuleFile
{
    public const string DefaultFileName = "policy-rules.json";

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The default rule set shipped with the app.</summary>
    public static PolicyRuleSet LoadDefault()
    {
        using var stream = typeof(PolicyRuleFile).Assembly.GetManifestResourceStream(typeof(PolicyRuleFile).Namespace + "." + DefaultFileName)
                           ?? throw new InvalidOperationException($"the embedded {DefaultFileName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), DefaultFileName);
    }

    /// <exception cref="PolicyRuleFileException">The file is missing, not JSON, or a rule is malformed.</exception>
    public static PolicyRuleSet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PolicyRuleFileException($"{path}: the policy rule file does not exist");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <param name="source">The file name used in messages.</param>
    /// <exception cref="PolicyRuleFileException">The text is not JSON or a rule is malformed.</exception>
    public static PolicyRuleSet Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new PolicyRuleFileException($"{source}: not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var reader = new Reader(source, null);
            var directions = reader.Array(root, "directions").Select(d => new PolicyDirection(
                reader.String(d, "id"), new BilingualText(reader.String(d, "zh"), reader.String(d, "en")))).ToArray();
            var rules = reader.Array(root, "rules").Select(r => ReadRule(source, r)).ToArray();
            try
            {
                return new PolicyRuleSet(directions, rules);
            }
            catch (ArgumentException e)
            {
                throw new PolicyRuleFileException($"{source}: {e.Message}", e);
            }
        }
    }

    private static PolicyRule ReadRule(string source, JsonElement rule)
    {
        var id = new Reader(source, null).String(rule, "id");
        var reader = new Reader(source, id);
        var fallback = rule.TryGetProperty("fallback", out var f) && reader.Boolean(f, "fallback");
        var conditions = rule.TryGetProperty("when", out _)
            ? reader.Array(rule, "when").Select(reader.Condition).ToArray()
            : [];
        return new PolicyRule(id, reader.Bilingual(rule, "typology"), reader.Bilingual(rule, "description"),
            conditions, reader.Array(rule, "directions").Select(d => reader.Text(d, "directions")).ToArray(), fallback);
    }

    /// <summary>Reads the parts of one rule, naming the file and the rule in every complaint.</summary>
    private sealed class Reader(string source, string? ruleId)
    {
        private static readonly Dictionary<string, RelativeDevelopmentType> DevelopmentTypes = new(StringComparer.Ordinal)
        {
            ["synchronous"] = RelativeDevelopmentType.Synchronous,
            ["innovation_lags"] = RelativeDevelopmentType.InnovationLags,
            ["agglomeration_lags"] = RelativeDevelopmentType.AgglomerationLags,
        };

        public PolicyCondition Condition(JsonElement condition)
        {
            if (condition.ValueKind != JsonValueKind.Object)
            {
                throw Fail("a condition must be an object");
            }

            if (condition.TryGetProperty("relative_development", out var type))
            {
                var name = Text(type, "relative_development");
                return DevelopmentTypes.TryGetValue(name, out var t)
                    ? new RelativeDevelopmentCondition(t)
                    : throw Fail($"unknown relative_development '{name}'; use {string.Join(", ", DevelopmentTypes.Keys)}");
            }

            var metric = String(condition, "metric");
            var symbol = String(condition, "op");
            if (!ComparisonOperators.TryParse(symbol, out var op))
            {
                throw Fail($"unknown op '{symbol}' for {metric}; use {string.Join(", ", ComparisonOperators.Symbols)}");
            }

            if (condition.TryGetProperty("rank", out var rank))
            {
                return rank.TryGetInt32(out var r) ? new RankCondition(metric, op, r) : throw Fail($"rank of {metric} must be a whole number");
            }

            if (condition.TryGetProperty("class", out var className))
            {
                return new ClassCondition(metric, op, ClassIndex(Text(className, "class")));
            }

            if (!condition.TryGetProperty("value", out var value))
            {
                throw Fail($"the condition on {metric} needs \"value\", \"rank\" or \"class\"");
            }

            return value.ValueKind switch
            {
                JsonValueKind.Number => new ValueCondition(metric, op, value.GetDouble()),
                JsonValueKind.String when value.GetString() == "province_mean" => new ProvinceMeanCondition(metric, op),
                _ => throw Fail($"value of {metric} must be a number or \"province_mean\", got {value.GetRawText()}"),
            };
        }

        public BilingualText Bilingual(JsonElement parent, string name)
        {
            var text = Property(parent, name);
            return new BilingualText(String(text, "zh"), String(text, "en"));
        }

        public IEnumerable<JsonElement> Array(JsonElement parent, string name)
        {
            var array = Property(parent, name);
            return array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToArray() : throw Fail($"\"{name}\" must be an array");
        }

        public string String(JsonElement parent, string name) => Text(Property(parent, name), name);

        public string Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text
                ? text
                : throw Fail($"\"{name}\" must be a non-empty string");

        public bool Boolean(JsonElement element, string name) => element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Fail($"\"{name}\" must be true or false"),
        };

        private int ClassIndex(string name) =>
            CoordinationClasses.Default.Classes
                .FirstOrDefault(c => string.Equals(c.NameEn, name, StringComparison.OrdinalIgnoreCase) || c.NameZh == name)?.Index
            ?? throw Fail($"unknown class '{name}'; use one of {string.Join(", ", CoordinationClasses.Default.Classes.Select(c => c.NameEn))}");

        private JsonElement Property(JsonElement parent, string name) =>
            parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
                ? value
                : throw Fail($"\"{name}\" is missing");

        private PolicyRuleFileException Fail(string problem) =>
            new(ruleId is null ? $"{source}: {problem}" : $"{source}: rule '{ruleId}': {problem}");
    }
}
