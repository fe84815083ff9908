using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bunit;
using Xunit;

namespace CeuRules.Web.Tests;

[Collection(ComponentTests.Name)]
public sealed partial class LanguageTest : PageContext
{
    [Fact]
    public void Every_text_of_the_page_is_in_both_languages_with_the_same_placeholders()
    {
        var english = Texts("UiText.resx");
        var spanish = Texts("UiText.es.resx");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(spanish[pair.Key]), pair.Key);
            Assert.Equal(Placeholders(pair.Value), Placeholders(spanish[pair.Key]));
        });
        // Every key the pages use exists (UiText throws on a missing one).
        var used = Directory.GetFiles(Path.Combine(Repository.Root, "src", "CeuRules.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(used.Except(english.Keys, StringComparer.Ordinal));
    }

    [Fact]
    public void The_browsers_language_is_used_and_a_switch_changes_every_word_at_once()
    {
        JSInterop.Setup<string>("ceurules.startLanguage").SetResult("es-MX");
        var app = Render<App>();

        app.WaitForAssertion(() => Assert.Contains("Mi certificación", app.Find("nav").TextContent, StringComparison.Ordinal));
        Assert.Contains(JSInterop.Invocations["ceurules.useLanguage"], i => (string)i.Arguments[0]! == "es");

        app.Find("#language").Change("en");

        Assert.Contains("My certification", app.Find("nav").TextContent, StringComparison.Ordinal);
        Assert.Contains("My certification", app.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Contains(JSInterop.Invocations["ceurules.useLanguage"], i => (string)i.Arguments[0]! == "en" && (bool)i.Arguments[1]!);
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(Repository.Root, "src", "CeuRules.Web", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal);

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"UiText\.(?:Get|Format)\(""([^""]+)""")]
    private static partial Regex UsedKey();
}
