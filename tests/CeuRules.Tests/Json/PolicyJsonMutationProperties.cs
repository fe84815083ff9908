using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CeuRules.Json;
using CeuRules.Policies.BuiltIn;
using CeuRules.Tests.PublicApi;
using FsCheck;
using FsCheck.Xunit;

namespace CeuRules.Tests.Json;

/// <summary>Reading a policy file never throws, whatever is done to a valid one: only findings.</summary>
public sealed class PolicyJsonMutationProperties
{
    private static readonly Lazy<string[]> ValidFiles = new(() =>
    [
        PolicyJsonWriter.Write(AamaCma.Versions),
        PolicyJsonWriter.Write(AmtRma.Versions),
        PolicyJsonWriter.Write(NcctNcma.Versions),
        PolicyJsonReaderTest.Minimal,
        File.ReadAllText(Path.Combine(ApprovedApi.RepositoryRoot(), "docs", "examples", "policies", "employer-annual.json")),
    ]);

    private static readonly Func<Random, JsonNode?>[] Replacements =
    [
        _ => null,
        _ => new JsonObject(),
        _ => new JsonArray(),
        _ => new JsonArray(new JsonArray(new JsonObject { ["x"] = 1 })),
        _ => true,
        _ => false,
        r => r.Next(-5, 5),
        r => r.Next(),
        _ => -1,
        _ => 0,
        _ => 1.005m,
        _ => 2147483648L,
        _ => 1e300,
        _ => decimal.MaxValue,
        _ => 1e28m,
        _ => 0.01m,
        r => (decimal)r.NextDouble() * 1000m,
        _ => "",
        _ => " ",
        _ => "P3H",
        _ => "PT1H",
        _ => "P0D",
        _ => "P-1Y",
        _ => "P2W",
        _ => "P99999Y",
        _ => "2023-02-30",
        _ => "2024-01-01",
        _ => "0001-01-01",
        _ => "9999-12-31",
        _ => "Clinical",
        _ => "clinical",
        _ => "cpr-card",
        _ => "total",
        _ => "category",
        _ => "lookback-from-end",
        _ => "a/b/c",
        _ => "aama-cma/expiration",
        _ => new string('x', 3000),
        r => new string(Enumerable.Range(0, r.Next(0, 20)).Select(_ => (char)r.Next(1, 0xD7FF)).ToArray()),
    ];

    [Property(MaxTest = 400)]
    public bool Reading_a_mutated_valid_file_never_throws(NonNegativeInt fileIndex, int seed, PositiveInt mutations)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(ValidFiles.Value[fileIndex.Get % ValidFiles.Value.Length])!;
        for (int i = 0; i < 1 + mutations.Get % 6; i++)
        {
            Mutate(root, random);
        }
        var result = PolicyJsonReader.Read(root?.ToJsonString() ?? "null");
        bool hasError = result.Findings.Any(f => f.Severity == FindingSeverity.Error);
        if (hasError == result.IsValid || hasError != result.Policies.IsEmpty)
        {
            return false;
        }
        if (!result.IsValid)
        {
            return true;
        }
        // Whatever reads without error writes to a file that reads back the same.
        var written = PolicyJsonWriter.Write(result.Policies);
        var again = PolicyJsonReader.Read(written);
        return again.Findings.IsEmpty && PolicyJsonWriter.Write(again.Policies) == written;
    }

    [Property(MaxTest = 200)]
    public bool Reading_arbitrary_text_never_throws(string? text) => PolicyJsonReader.Read(text ?? string.Empty) is { IsValid: false };

    /// <summary>One random change to a JSON tree: a field removed, a value copied from elsewhere, a field added or a value replaced by a nasty one.</summary>
    internal static void Mutate(JsonNode root, Random random)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        var parent = target.Parent;
        if (parent is null)
        {
            return;
        }
        switch (random.Next(4))
        {
            case 0 when parent is JsonObject owner:
                owner.Remove(target.GetPropertyName());
                break;
            case 1:
                var donor = nodes[random.Next(nodes.Count)];
                Replace(target, donor == target || IsAncestor(target, donor) ? null : donor.DeepClone());
                break;
            case 2 when parent is JsonObject owner:
                owner[random.Next(2) == 0 ? "extra" : target.GetPropertyName() + "x"] = Replacements[random.Next(Replacements.Length)](random);
                break;
            default:
                Replace(target, Replacements[random.Next(Replacements.Length)](random));
                break;
        }
    }

    private static bool IsAncestor(JsonNode node, JsonNode of)
    {
        for (var p = of.Parent; p is not null; p = p.Parent)
        {
            if (p == node)
            {
                return true;
            }
        }
        return false;
    }

    private static void Replace(JsonNode target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case JsonObject owner:
                owner[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = value;
                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }
        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    Collect(property.Value, nodes);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, nodes);
                }
                break;
        }
    }
}
