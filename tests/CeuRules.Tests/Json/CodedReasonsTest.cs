using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CeuRules.Explanations;
using CeuRules.Policies;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>
/// A refused policy says why by code, worded in each language by the words layer: no English sentence made
/// where a finding is made (an exception's message) reaches a reader.
/// </summary>
public sealed partial class CodedReasonsTest
{
    /// <summary>Two built-in versions given twice: the reader's own checks never see them, the catalog refuses them.</summary>
    private static System.Collections.Generic.List<(PolicyInconsistency Problem, string Message)> Refusal()
    {
        var cma = PolicyCatalog.BuiltIn.Policies.First(p => p.Credential.Id == "aama-cma");
        var e = Assert.Throws<ArgumentException>(() => new PolicyCatalog([cma, cma]));
        var problems = PolicyCatalog.Inconsistencies([cma, cma]);
        // The refusal's English sentence is the coded problems' sentences, for logs; the readers word each problem by its code.
        Assert.All(problems, p => Assert.Contains(p.Message, e.Message, StringComparison.Ordinal));
        return problems;
    }

    [Fact]
    public void A_catalog_refusal_names_each_contradiction_by_code()
    {
        var problems = Refusal().Select(p => p.Problem).ToList();
        Assert.Contains(problems, p => p.Reason == PolicyInconsistency.SameEffectiveDate && p.Subject.Contains("aama-cma@", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Reason == PolicyInconsistency.DuplicateVersion && p.Subject == "aama-cma");
        Assert.All(problems, p => Assert.Contains(p.Reason, PolicyInconsistency.All));
    }

    [Fact]
    public void A_contradiction_is_worded_in_both_languages_from_its_code()
    {
        var problem = Refusal().Select(p => p.Problem).First(p => p.Reason == PolicyInconsistency.SameEffectiveDate);
        var finding = new Finding(FindingCodes.InconsistentPolicy, FindingSeverity.Error, "versions", ("reason", problem.Reason), ("subject", problem.Subject));
        Assert.Contains("two versions take effect on the same date", FindingExplainer.English.Sentence(finding), StringComparison.Ordinal);
        string spanish = FindingExplainer.Spanish.Sentence(finding);
        Assert.Contains("dos versiones entran en vigor el mismo día", spanish, StringComparison.Ordinal);
        Assert.Contains(problem.Subject, spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("same date", spanish, StringComparison.Ordinal);
        Assert.Equal(FindingExplainer.English.Sentence(finding), finding.Message);
    }

    public static TheoryData<string> InconsistencyReasons() => [.. PolicyInconsistency.All];

    [Theory]
    [MemberData(nameof(InconsistencyReasons))]
    public void Every_reason_has_its_words_in_both_languages(string reason)
    {
        var finding = new Finding(FindingCodes.InconsistentPolicy, FindingSeverity.Error, "versions", ("reason", reason), ("subject", "acme-rn@2024"));
        string english = FindingExplainer.English.Sentence(finding);
        string spanish = FindingExplainer.Spanish.Sentence(finding);
        Assert.DoesNotContain(reason, english, StringComparison.Ordinal);
        Assert.DoesNotContain(reason, spanish, StringComparison.Ordinal);
        Assert.NotEqual(english, spanish);
    }

    [Theory]
    [InlineData("out-of-range")]
    [InlineData("values-disagree")]
    public void Every_refused_part_has_its_words_in_both_languages(string reason)
    {
        var finding = new Finding(FindingCodes.InvalidPart, FindingSeverity.Error, "versions[0].examRoute", ("reason", reason));
        Assert.DoesNotContain(reason, FindingExplainer.English.Sentence(finding), StringComparison.Ordinal);
        Assert.DoesNotContain(reason, FindingExplainer.Spanish.Sentence(finding), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?:Finding\(|findings\.(?:Error|Warning|Info)\()[^;]*\b(?:e|ex|exception)\.Message\b", RegexOptions.Singleline)]
    private static partial Regex FindingFromExceptionMessage();

    [Fact]
    public void No_finding_in_the_library_is_worded_by_an_exceptions_message()
    {
        string src = Path.Combine(CeuRules.Tests.PublicApi.ApprovedApi.RepositoryRoot(), "src");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => FindingFromExceptionMessage().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(src, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Findings worded by an exception's English message in: " + string.Join(", ", offenders));
    }
}
