using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Collections.Generic;
using CeuRules.DependencyInjection;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.PolicyRules;

/// <summary>
/// <see cref="PolicyDirectory"/>, <see cref="PolicyCatalog.OriginOf"/> and <see cref="PolicyCatalog.History"/>: a folder of
/// policy files replaces built-in credentials without a release, each credential says which file governs it, and a rule's
/// dated values are listed from the versions that changed it.
/// </summary>
public sealed class PolicyDirectoryTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ceurules-policies-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string BuiltInText(string name) => Encoding.UTF8.GetString(BuiltInPolicyFiles.Content(name));

    private string Write(string name, string text)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Every_built_in_credential_comes_from_its_embedded_file_with_that_file_s_hash()
    {
        foreach (var credential in PolicyCatalog.BuiltIn.Credentials)
        {
            var origin = PolicyCatalog.BuiltIn.OriginOf(credential);
            string name = credential.Id + BuiltInPolicyFiles.Extension;
            Assert.Equal((PolicyOriginKind.BuiltIn, name), (origin.Kind, origin.File));
            Assert.Equal(Convert.ToHexString(SHA256.HashData(BuiltInPolicyFiles.Content(name))).ToLowerInvariant(), origin.Sha256);
        }
    }

    [Fact]
    public void A_file_in_the_folder_replaces_the_built_in_versions_of_its_credential_and_is_named_with_its_hash()
    {
        // A new reactivation fee, the kind of change a body makes between releases.
        string text = BuiltInText("aama-cma.policy.json").Replace("\"member\": 50,\n          \"nonMember\": 50", "\"member\": 75,\n          \"nonMember\": 75", StringComparison.Ordinal);
        Assert.NotEqual(BuiltInText("aama-cma.policy.json"), text);
        string path = Write("aama-cma.policy.json", text);

        var read = PolicyDirectory.Read(folder, PolicyCatalog.BuiltIn);

        Assert.True(read.IsValid, string.Join(" ", read.Findings));
        Assert.Equal("aama-cma.policy.json", Assert.Single(read.Files));
        var catalog = read.Catalog!;
        var fee = catalog.VersionsOf(Credential.AamaCma)[^1].Fees.Single(f => f.RuleId == "aama-cma/fee-reactivation");
        Assert.Equal(75m, fee.Member.Dollars);
        var origin = catalog.OriginOf(Credential.AamaCma);
        Assert.Equal((PolicyOriginKind.File, path), (origin.Kind, origin.File));
        Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant(), origin.Sha256);
        // The other credentials are still the built-in ones.
        Assert.Equal(PolicyOriginKind.BuiltIn, catalog.OriginOf(Credential.AmtRma).Kind);
        Assert.Equal(PolicyCatalog.BuiltIn.Credentials.Select(c => c.Id), catalog.Credentials.Select(c => c.Id));
    }

    [Fact]
    public void A_file_with_an_error_refuses_the_whole_folder_naming_file_path_and_code()
    {
        Write("aama-cma.policy.json", BuiltInText("aama-cma.policy.json"));
        Write("broken.json", BuiltInText("amt-rma.policy.json").Replace("\"cycle\": \"P3Y\"", "\"cycle\": \"three years\"", StringComparison.Ordinal));

        var read = PolicyDirectory.Read(folder, PolicyCatalog.BuiltIn);

        Assert.False(read.IsValid);
        Assert.Null(read.Catalog);
        var error = read.Findings.First(f => f.Severity == FindingSeverity.Error);
        Assert.StartsWith("broken.json:versions[0].expiration", error.Path, StringComparison.Ordinal);
        Assert.Equal("broken.json", error.Arguments["file"]);
    }

    [Fact]
    public void Two_files_for_one_credential_are_refused_rather_than_one_silently_winning()
    {
        Write("a.json", BuiltInText("nha-ccma.policy.json"));
        Write("b.json", BuiltInText("nha-ccma.policy.json"));

        var read = PolicyDirectory.Read(folder, PolicyCatalog.BuiltIn);

        var duplicate = Assert.Single(read.Findings, f => f is { Code: "duplicate-credential", Path: "b.json:credential.id" });
        Assert.False(read.IsValid);
        // Coded with its values, so that every language names the credential and the first file.
        Assert.Equal("nha-ccma", duplicate.Arguments["credential"]);
        Assert.Equal("a.json", duplicate.Arguments["first"]);
        string spanish = CeuRules.Explanations.FindingExplainer.Spanish.Sentence(duplicate);
        Assert.Contains("nha-ccma", spanish, StringComparison.Ordinal);
        Assert.Contains("a.json", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_an_error_and_an_empty_one_a_warning()
    {
        Assert.Equal("cannot-read", Assert.Single(PolicyDirectory.Read(Path.Combine(folder, "missing"), PolicyCatalog.BuiltIn).Findings).Code);
        var empty = PolicyDirectory.Read(folder, PolicyCatalog.BuiltIn);
        Assert.Equal(("no-policy-files", FindingSeverity.Warning), (Assert.Single(empty.Findings).Code, empty.Findings[0].Severity));
        Assert.Same(PolicyCatalog.BuiltIn, empty.Catalog);
        Assert.Throws<ArgumentException>(() => PolicyDirectory.Read("", PolicyCatalog.BuiltIn));
        Assert.Throws<ArgumentNullException>(() => PolicyDirectory.Read(folder, null!));
    }

    [Fact]
    public void The_PolicyDirectory_setting_registers_the_folder_s_catalog_and_a_broken_folder_is_refused_at_registration()
    {
        Write("aama-cma.policy.json", BuiltInText("aama-cma.policy.json"));
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["CeuRules:PolicyDirectory"] = folder })
            .Build().GetSection("CeuRules");

        using (var provider = new ServiceCollection().AddCeuRules(section).BuildServiceProvider())
        {
            var catalog = provider.GetRequiredService<PolicyCatalog>();
            Assert.Equal(PolicyOriginKind.File, catalog.OriginOf(Credential.AamaCma).Kind);
            Assert.Equal(PolicyOriginKind.BuiltIn, catalog.OriginOf(Credential.NhaCcma).Kind);
        }

        Write("zz.json", "{}");
        Assert.Contains("zz.json:", Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCeuRules(section)).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => new ServiceCollection().AddCeuRules(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["CeuRules:PolicyDirectory"] = " " }).Build().GetSection("CeuRules")));
    }

    [Fact]
    public void Policies_given_in_code_come_from_code()
    {
        var catalog = PolicyCatalog.BuiltIn.With(TestPolicies.Custom);
        Assert.Same(PolicyOrigin.Code, catalog.OriginOf(TestPolicies.Custom[0].Credential));
        Assert.Equal(PolicyOriginKind.BuiltIn, catalog.OriginOf(Credential.AamaCma).Kind);
        Assert.Throws<ArgumentException>(() => PolicyCatalog.BuiltIn.OriginOf(TestPolicies.Custom[0].Credential));
    }

    [Fact]
    public void The_history_of_the_AAMA_CE_time_limit_has_its_two_dated_values_with_their_sources()
    {
        var history = PolicyCatalog.BuiltIn.History("aama-cma/ce-time-limit");

        Assert.Equal([LocalDate.MinIsoValue, new LocalDate(2020, 1, 1)], history.Select(e => e.EffectiveFrom));
        Assert.Equal(["pre-2020", "2020"], history.Select(e => e.Policy.Version));
        Assert.Contains("60 months", history[0].Rule!.Source.Citation, StringComparison.Ordinal);
        Assert.Contains("90 days", history[1].Rule!.Source.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_a_revision_leaves_unchanged_has_one_value_and_a_rule_it_adds_starts_with_no_such_rule()
    {
        Assert.Equal(["pre-2020"], PolicyCatalog.BuiltIn.History("aama-cma/total").Select(e => e.Policy.Version));

        var cutoff = PolicyCatalog.BuiltIn.History("amt-rma/employment-cutoff");
        Assert.Equal(["pre-2021", "2021"], cutoff.Select(e => e.Policy.Version));
        Assert.Null(cutoff[0].Rule);
        Assert.Equal(new LocalDate(2021, 1, 1), cutoff[1].EffectiveFrom);
        Assert.NotNull(cutoff[1].Rule);
    }

    [Fact]
    public void A_rule_no_version_has_has_no_history()
    {
        Assert.Empty(PolicyCatalog.BuiltIn.History("aama-cma/no-such-rule"));
        Assert.Empty(PolicyCatalog.BuiltIn.History("no-such-credential/total"));
        Assert.Empty(PolicyCatalog.BuiltIn.History("total"));
        Assert.Throws<ArgumentNullException>(() => PolicyCatalog.BuiltIn.History(null!));
    }
}
