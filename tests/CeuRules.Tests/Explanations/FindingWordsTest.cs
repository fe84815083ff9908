using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using CeuRules.Catalogs;
using CeuRules.Explanations;
using Xunit;

namespace CeuRules.Tests.Explanations;

/// <summary>
/// The words of findings come from the one explanation layer: every declared code has a sentence of its
/// own in English and in Spanish naming exactly its arguments, every word an argument names is translated,
/// and no Spanish sentence carries its English one.
/// </summary>
public sealed partial class FindingWordsTest
{
    private static readonly ResourceManager Manager = new("CeuRules.Explanations.FindingWords", typeof(Finding).Assembly);

    private static readonly Dictionary<string, string> English = Entries(CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, string> Spanish = Entries(CultureInfo.GetCultureInfo("es"));

    public static TheoryData<string> Codes() => [.. FindingCodes.All.Select(c => c.Id)];

    /// <summary>The entries of one resource file only, without the fallback to English a missing Spanish entry would get.</summary>
    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No finding words for {culture.Name}.");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            entries.Add((string)entry.Key, (string)entry.Value!);
        }
        return entries;
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    private static SortedSet<string> Names(string template) =>
        new(Placeholder().Matches(template).Select(m => char.ToLowerInvariant(m.Groups[1].Value[0]) + m.Groups[1].Value[1..]), StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_its_own_sentence_in_both_languages_naming_exactly_its_arguments(string id)
    {
        Assert.True(FindingCodes.TryGet(id, out var code));
        Assert.True(English.TryGetValue(id, out var english), $"{id} has no English words.");
        Assert.True(Spanish.TryGetValue(id, out var spanish), $"{id} has no Spanish words.");
        Assert.NotEqual(english, spanish);
        var expected = new SortedSet<string>(code.ArgumentNames, StringComparer.Ordinal);
        foreach (var template in new[] { english, spanish })
        {
            var named = Names(template);
            named.Remove("place");
            Assert.Equal(expected, named);
        }
    }

    /// <summary>
    /// The codes whose words name no value: each says all there is from its place alone. A new code without
    /// arguments fails here until its words are read and it joins the list; a finding that names a value (a
    /// file, a reason, what was expected) declares it, so that every language can say it.
    /// </summary>
    private static readonly string[] WordsWithoutValues =
    [
        "activity-left-out", "certification-left-out", "missing-duration", "no-offers", "zero-amount", "invalid-person",
        "encoding-windows-1252", "unnamed-column", "bad-serial-date", "error-value", "formula-without-value", "not-accepted", "no-catalog",
        "no-policy-files", "unauthorized", "forbidden", "not-found", "method-not-allowed", "busy", "rate-limited", "service-failure",
    ];

    [Fact]
    public void Only_codes_whose_words_need_no_value_declare_no_arguments()
    {
        var without = FindingCodes.All.Where(c => c.ArgumentNames.IsEmpty).Select(c => c.Id).Order(StringComparer.Ordinal);
        Assert.Equal(WordsWithoutValues.Order(StringComparer.Ordinal), without);
        foreach (var id in WordsWithoutValues)
        {
            // Such words name at most their place.
            Assert.DoesNotContain(Names(English[id]), n => n != "place");
            Assert.DoesNotContain(Names(Spanish[id]), n => n != "place");
        }
    }

    [Fact]
    public void Every_word_an_argument_names_has_Spanish_words_of_its_own()
    {
        var prefixes = FindingCodes.All.SelectMany(c => c.Arguments).Where(a => a.Kind == FindingArgumentKind.Word).Select(a => a.WordPrefix + ".").Distinct().ToList();
        Assert.NotEmpty(prefixes);
        foreach (var prefix in prefixes)
        {
            var keys = English.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            Assert.True(keys.Count > 0, $"No English words start with {prefix}");
            foreach (var key in keys)
            {
                Assert.True(Spanish.TryGetValue(key, out var spanish), $"{key} has no Spanish words.");
                Assert.NotEqual(English[key], spanish);
            }
        }
    }

    [Fact]
    public void Every_place_word_has_Spanish_words_of_its_own()
    {
        foreach (var (key, english) in English.Where(e => e.Key.StartsWith("Place.", StringComparison.Ordinal) || e.Key.StartsWith("Item.", StringComparison.Ordinal)
            || e.Key.StartsWith("Field.", StringComparison.Ordinal) || e.Key == "Finding.Other"))
        {
            Assert.True(Spanish.TryGetValue(key, out var spanish), $"{key} has no Spanish words.");
            Assert.NotEqual(english, spanish);
        }
        Assert.Equal(English.Keys.Order(StringComparer.Ordinal), Spanish.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void No_Spanish_finding_contains_its_English_message(string id)
    {
        var finding = Sample(id, "activities[1].credits[0].amount");
        string english = FindingExplainer.English.Sentence(finding);
        string spanish = FindingExplainer.Spanish.Sentence(finding);
        Assert.Equal(finding.Message, FindingExplainer.For(CultureInfo.GetCultureInfo("en-US")).Sentence(finding).Replace("2 February 2024", "2024-02-02", StringComparison.Ordinal));
        Assert.DoesNotContain(finding.Message, spanish, StringComparison.Ordinal);
        Assert.DoesNotContain(english, spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("activities[", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("activities[", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_catalog_code_is_a_declared_code()
    {
        var constants = typeof(CatalogFindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(constants);
        Assert.All(constants, id => Assert.True(FindingCodes.TryGet(id, out _), $"{id} is not declared in FindingCodes."));
    }

    /// <summary>A finding of the code with a value for each argument: a word the layer knows, a date, or a number.</summary>
    private static Finding Sample(string id, string path)
    {
        Assert.True(FindingCodes.TryGet(id, out var code));
        var arguments = code.Arguments.Select(a => (a.Name, a.Kind switch
        {
            FindingArgumentKind.Word => English.Keys.Where(k => k.StartsWith(a.WordPrefix + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First()[(a.WordPrefix!.Length + 1)..],
            FindingArgumentKind.Date => "2024-02-02",
            FindingArgumentKind.Place => "activities[0].id",
            _ => "27",
        })).ToArray();
        return new Finding(code, FindingSeverity.Error, path, arguments);
    }
}
