using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CeuRules.Policies;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary>
/// The rule tables of docs/credentials are the output of <c>ceurules policies ID --format markdown</c>,
/// so a page cannot drift from the policy data. Set CEURULES_UPDATE_DOCS=1 to rewrite them.
/// </summary>
public sealed partial class CredentialPagesTest
{
    public static TheoryData<string> Credentials()
    {
        var data = new TheoryData<string>();
        foreach (var credential in PolicyCatalog.BuiltIn.Credentials)
        {
            data.Add(credential.Id);
        }
        return data;
    }

    [GeneratedRegex(@"version `(?<version>[^`]+)` from \[line (?<line>[0-9]+)\]\((?<path>[^)#]+)#L(?<anchor>[0-9]+)\)")]
    private static partial Regex VersionLink();

    [Theory]
    [MemberData(nameof(Credentials))]
    public void Each_page_links_every_version_to_its_line_in_the_policy_file(string id)
    {
        var page = Path.Combine(CliTestPaths.Root(), "docs", "credentials", id + ".md");
        var links = VersionLink().Matches(File.ReadAllText(page));
        Assert.Equal(PolicyCatalog.BuiltIn.VersionsOf(PolicyCatalog.BuiltIn.Credentials.Single(c => c.Id == id)).Length, links.Count);
        foreach (Match link in links)
        {
            Assert.Equal(link.Groups["line"].Value, link.Groups["anchor"].Value);
            var file = File.ReadAllLines(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, link.Groups["path"].Value)));
            int line = int.Parse(link.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(line <= file.Length && file[line - 1].Trim() == $"\"version\": \"{link.Groups["version"].Value}\",",
                $"docs/credentials/{id}.md links version {link.Groups["version"].Value} to line {line}, which reads '{(line <= file.Length ? file[line - 1].Trim() : "past the end")}'.");
        }
    }

    [GeneratedRegex(@"(<!-- generated: ceurules policies (?<id>[a-z0-9-]+) --format markdown -->\n)(?<body>.*?)(<!-- end generated -->)", RegexOptions.Singleline)]
    private static partial Regex Generated();

    [Theory]
    [MemberData(nameof(Credentials))]
    public void Every_credential_has_a_page_whose_rule_tables_are_generated_from_its_policy(string id)
    {
        var path = Path.Combine(CliTestPaths.Root(), "docs", "credentials", id + ".md");
        Assert.True(File.Exists(path), $"docs/credentials/{id}.md is missing.");
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        var match = Generated().Match(page);
        Assert.True(match.Success && match.Groups["id"].Value == id, $"docs/credentials/{id}.md has no generated section for {id}.");

        var (exit, output, _) = CliTestPaths.Run(new NodaTime.LocalDate(2026, 11, 23), "policies", id, "--format", "markdown");
        Assert.Equal(0, exit);
        var expected = output.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("CEURULES_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, page[..match.Groups["body"].Index] + expected + page[(match.Groups["body"].Index + match.Groups["body"].Length)..]);
            return;
        }
        Assert.True(expected == match.Groups["body"].Value,
            $"docs/credentials/{id}.md differs from 'ceurules policies {id} --format markdown'; run the tests with CEURULES_UPDATE_DOCS=1 to regenerate it.");
    }
}
