using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Spectre.Console;

namespace CeuRules.Cli;

/// <summary>
/// The <c>policies</c> command: what the catalog knows. Without a credential, one row per policy
/// version; with one, every rule of each version with its source. The markdown format is the rule
/// table of the credential pages in docs/credentials.
/// </summary>
internal static class PoliciesCommand
{
    /// <summary>The command, its options and its action.</summary>
    internal static Command Create(CliContext context)
    {
        var credential = new Argument<string?>("CREDENTIAL") { Description = "A credential id (for example amt-rma): list every rule of its versions with the rule's source.", Arity = ArgumentArity.ZeroOrOne };
        var format = CliOptions.Format($"Output format: text, json, or markdown (the rule tables of the credential pages, {DocLinks.To("credentials")}).", "text", "json", "markdown");
        var history = new Option<string?>("--history")
        {
            Description = "A rule id (for example aama-cma/ce-time-limit): print its dated values, each version that changed it with its effective date, value and source.",
            HelpName = "RULE",
        };
        var policies = PolicyFiles.Option();
        var command = new Command("policies", "List the credentials and policy versions known (with the file each came from), every rule of one credential with its source, or one rule's dated values." + CliOptions.Example("ceurules policies aama-cma --format markdown"))
            { credential, format, history, policies };
        command.SetAction(parse =>
        {
            var catalog = PolicyFiles.Load(parse, policies, context.Errors(), context.Inputs);
            return catalog is null ? CliApp.Unreadable : Run(new PoliciesOptions(parse.GetValue(credential), parse.GetValue(format)!, parse.GetValue(history)), catalog, context);
        });
        return command;
    }

    /// <summary>Lists <paramref name="catalog"/>'s policies as <paramref name="options"/> say.</summary>
    internal static int Run(PoliciesOptions options, PolicyCatalog catalog, CliContext context)
    {
        var (credentialId, format, ruleId) = options;
        var (stdout, interactive) = (context.Stdout, context.Interactive);
        if (ruleId is not null)
        {
            return History(ruleId, format, catalog, context);
        }
        IReadOnlyList<Credential> credentials = catalog.Credentials;
        if (credentialId is not null)
        {
            if (!catalog.TryGetCredential(credentialId, out var credential))
            {
                context.Errors().Error(FindingCodes.UnknownCredential, "$", ("value", credentialId), ("known", string.Join(", ", catalog.Credentials.Select(c => c.Id))));
                return CliApp.Unreadable;
            }
            credentials = [credential];
        }
        switch (format)
        {
            case "json":
                stdout.Write(PolicyListingJsonWriter.Write(credentials, catalog));
                stdout.WriteLine();
                break;
            case "markdown":
                stdout.Write(Markdown(credentials, catalog, withHeadings: credentialId is null));
                break;
            default:
                Text(credentials, catalog, detailed: credentialId is not null, stdout, interactive);
                break;
        }
        return CliApp.Evaluated;
    }

    /// <summary>Prints the dated values of <paramref name="ruleId"/>, or says it is no rule of the catalog.</summary>
    private static int History(string ruleId, string format, PolicyCatalog catalog, CliContext context)
    {
        var history = catalog.History(ruleId);
        if (history.IsEmpty)
        {
            context.Errors().Error(FindingCodes.UnknownRule, "--history", ("value", ruleId));
            return CliApp.Unreadable;
        }
        switch (format)
        {
            case "json":
                context.Stdout.Write(PolicyListingJsonWriter.WriteHistory(ruleId, history));
                context.Stdout.WriteLine();
                break;
            case "markdown":
                var text = new StringBuilder("| effective from | version | rule | source |\n|---|---|---|---|\n");
                foreach (var entry in history)
                {
                    text.Append("| ").Append(EffectiveFrom(entry.Policy)).Append(" | `").Append(entry.Policy.Version).Append("` | ")
                        .Append(Cell(entry.Rule?.Describe() ?? "no such rule")).Append(" | ")
                        .Append(entry.Rule is { } rule ? Cell(Sources(rule.Source, markdown: true)) : string.Empty).Append(" |\n");
                }
                context.Stdout.Write(text.ToString());
                break;
            default:
                var (console, border) = Terminal.For(context.Stdout, context.Interactive);
                var table = new Table().Border(border).AddColumns("Effective from", "Version", "Rule", "Source");
                foreach (var entry in history)
                {
                    table.AddRow(EffectiveFrom(entry.Policy), Terminal.Text(entry.Policy.Version), Terminal.Text(entry.Rule?.Describe() ?? "no such rule"),
                        Terminal.Text(entry.Rule is { } rule ? Sources(rule.Source, markdown: false) : string.Empty));
                }
                console.MarkupLine(Terminal.Text(ruleId));
                console.Write(table);
                break;
        }
        return CliApp.Evaluated;
    }

    /// <summary>"from 2020-01-01", or "from the earliest cycles" for the first version.</summary>
    internal static string EffectiveFrom(CredentialPolicy policy) =>
        policy.EffectiveFrom == LocalDate.MinIsoValue ? "the earliest cycles" : Terminal.Iso(policy.EffectiveFrom);

    private static void Text(IReadOnlyList<Credential> credentials, PolicyCatalog catalog, bool detailed, TextWriter writer, bool interactive)
    {
        var (console, border) = Terminal.For(writer, interactive);
        if (!detailed)
        {
            var table = new Table().Border(border).AddColumns("Credential", "Name", "Version", "Effective from", "Rules", "Unconfirmed", "Summary");
            foreach (var policy in credentials.SelectMany(c => catalog.VersionsOf(c)))
            {
                var rules = policy.Rules().ToList();
                table.AddRow(
                    Terminal.Text(policy.Credential.Id),
                    Terminal.Text(policy.Credential.ToString()),
                    Terminal.Text(policy.Version),
                    EffectiveFrom(policy),
                    rules.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    rules.Count(r => !r.Source.Confirmed).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Terminal.Text(policy.Summary ?? string.Empty));
            }
            console.Write(table);
            // Below the table, where a path and its hash fit on one line: which file governs each credential.
            foreach (var credential in credentials)
            {
                console.MarkupLine(Terminal.Text($"{credential.Id} from {Origin(catalog.OriginOf(credential))}"));
            }
            console.MarkupLine(Terminal.Text("Every rule with its source: ceurules policies CREDENTIAL"));
            return;
        }
        foreach (var policy in credentials.SelectMany(c => catalog.VersionsOf(c)))
        {
            console.Write(new Rule($"[bold]{Terminal.Text(policy.PolicyId)}[/] effective from {EffectiveFrom(policy)}") { Justification = Justify.Left });
            if (policy.Summary is { } summary)
            {
                console.MarkupLine(Terminal.Text(summary));
            }
            var table = new Table().Border(border).AddColumns("Rule", "What it says", "Source");
            foreach (var rule in policy.Rules())
            {
                table.AddRow(Terminal.Text(rule.RuleId), Terminal.Text(rule.Describe()), Terminal.Text(Sources(rule.Source, markdown: false)));
            }
            console.Write(table);
        }
    }

    /// <summary>Where a credential's versions came from, for people: "built-in aama-cma.policy.json", a file's path, or "code"; a file with the start of its SHA-256.</summary>
    internal static string Origin(PolicyOrigin origin) => origin.Kind switch
    {
        PolicyOriginKind.BuiltIn => $"built-in {origin.File}",
        PolicyOriginKind.File => $"{origin.File} (SHA-256 {origin.Sha256![..12]}…)",
        _ => "code",
    };

    /// <summary>
    /// A rule's sources for people: the first, then each further one after "Also:", on its own line in
    /// text and after a line break in markdown.
    /// </summary>
    internal static string Sources(RuleSource source, bool markdown)
    {
        var text = new StringBuilder();
        Source(text, source, markdown);
        foreach (var further in source.FurtherSources)
        {
            text.Append(markdown ? "<br>Also: " : "\nAlso: ");
            Source(text, further, markdown);
        }
        return text.ToString();
    }

    /// <summary>
    /// One source: the citation (a link in markdown), where to find it, then its authority, date or
    /// revision, and whether it is unconfirmed or superseded, and its note. For example
    /// "[AMT, Stay certified: ...](https://...) (body, current)".
    /// </summary>
    private static void Source(StringBuilder text, RuleSource source, bool markdown)
    {
        if (source.Url is { } url)
        {
            string link = url.OriginalString;
            if (markdown)
            {
                text.Append('[').Append(source.Citation.Replace("[", "\\[", System.StringComparison.Ordinal).Replace("]", "\\]", System.StringComparison.Ordinal))
                    .Append("](").Append(link).Append(')');
            }
            else
            {
                text.Append(source.Citation).Append(" <").Append(link).Append('>');
            }
        }
        else
        {
            text.Append(source.Citation);
        }
        if (source.Document is { } document)
        {
            text.Append(" — document: ").Append(document);
        }
        var details = new List<string>(4);
        if (source.Authority is { } authority)
        {
            details.Add(authority.ToId());
        }
        if (source.Revision is { } revision)
        {
            details.Add(revision);
        }
        if (!source.Confirmed)
        {
            details.Add("unconfirmed");
        }
        if (source.Superseded)
        {
            details.Add("superseded");
        }
        if (details.Count > 0)
        {
            text.Append(" (").AppendJoin(", ", details).Append(')');
        }
        if (source.Note is { } note)
        {
            text.Append(" — ").Append(note);
        }
    }

    /// <summary>The rule tables of each version, as in docs/credentials.</summary>
    internal static string Markdown(IReadOnlyList<Credential> credentials, PolicyCatalog catalog, bool withHeadings)
    {
        var text = new StringBuilder();
        foreach (var credential in credentials)
        {
            if (withHeadings)
            {
                text.Append("## ").Append(credential).Append(' ').Append(credential.Name).Append(" (`").Append(credential.Id).Append("`)\n\n");
            }
            foreach (var policy in catalog.VersionsOf(credential))
            {
                text.Append("### Version `").Append(policy.Version).Append("` (").Append(policy.PolicyId).Append("), effective from ").Append(EffectiveFrom(policy)).Append("\n\n");
                if (policy.Summary is { } summary)
                {
                    text.Append(summary).Append("\n\n");
                }
                text.Append("| rule id | rule | source |\n|---|---|---|\n");
                foreach (var rule in policy.Rules())
                {
                    text.Append("| `").Append(rule.RuleId).Append("` | ").Append(Cell(rule.Describe())).Append(" | ").Append(Cell(Sources(rule.Source, markdown: true))).Append(" |\n");
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}

/// <summary>The values of the <c>policies</c> command's argument and options.</summary>
internal sealed record PoliciesOptions(string? CredentialId, string Format, string? HistoryRuleId = null);
