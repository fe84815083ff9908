using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using CeuRules.Json;
using CeuRules.Policies;

namespace CeuRules.Cli;

/// <summary>The repeatable <c>--policy FILE</c> option: custom policies beside the built-in ones.</summary>
internal static class PolicyFiles
{
    /// <summary>A new <c>--policy</c> option, for one command.</summary>
    internal static Option<FileInfo[]> Option() => new("--policy")
    {
        Description = $"A JSON policy file (see {DocLinks.To("custom-policies.md")}) to add to the built-in policies; repeatable. A file for a built-in credential replaces its versions.",
        HelpName = "FILE",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// The built-in catalog with the policies of <paramref name="files"/>, or null after writing why
    /// a file cannot be used (unreadable, any error finding, or policies that disagree) to <paramref name="stderr"/>.
    /// </summary>
    internal static PolicyCatalog? Load(IReadOnlyList<FileInfo>? files, TextWriter stderr, InputFiles inputs)
    {
        if (files is null || files.Count == 0)
        {
            return PolicyCatalog.BuiltIn;
        }
        var policies = new List<CredentialPolicy>();
        bool usable = true;
        foreach (var file in files)
        {
            if (inputs.Read(file, "policy file", PolicyJsonReader.MaxDocumentBytes, stderr) is not { } bytes)
            {
                usable = false;
                continue;
            }
            var read = PolicyJsonReader.Read(bytes);
            foreach (var finding in read.Findings)
            {
                stderr.WriteLine($"{(finding.Severity == FindingSeverity.Error ? "error" : "warning")}: policy file '{InputFiles.Name(file)}': {finding}");
            }
            usable &= read.IsValid;
            policies.AddRange(read.Policies);
        }
        if (!usable)
        {
            return null;
        }
        try
        {
            return PolicyCatalog.BuiltIn.With(policies);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"error: the policy files cannot be used together: {e.Message}");
            return null;
        }
    }
}
