using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CeuRules.Explanations;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
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
        var culture = ReportCulture.Option("The language of the text and markdown listings and of the error lines: en-US (the default) or es-US (en and es mean those), or another region of English or Spanish. The JSON listing does not depend on it.");
        var command = new Command("policies", "List the credentials and policy versions known (with the file each came from), every rule of one credential with its source, or one rule's dated values." + CliOptions.Example("ceurules policies aama-cma --format markdown"))
            { credential, format, history, policies, culture };
        command.SetAction(parse =>
        {
            // The culture first: every later line speaks it.
            if (!ReportCulture.TryParse(parse.GetValue(culture), context.Errors(), out var words))
            {
                return CliApp.Unreadable;
            }
            var catalog = PolicyFiles.Load(parse, policies, context.Errors(words), context.Inputs);
            return catalog is null ? CliApp.Unreadable : Run(new PoliciesOptions(parse.GetValue(credential), parse.GetValue(format)!, parse.GetValue(history), words), catalog, context);
        });
        return command;
    }

    /// <summary>Lists <paramref name="catalog"/>'s policies as <paramref name="options"/> say.</summary>
    internal static int Run(PoliciesOptions options, PolicyCatalog catalog, CliContext context)
    {
        var (credentialId, format, ruleId, culture) = options;
        var (stdout, interactive) = (context.Stdout, context.Interactive);
        var words = ReportCulture.Words(culture);
        if (ruleId is not null)
        {
            return History(ruleId, format, catalog, context, words);
        }
        IReadOnlyList<Credential> credentials = catalog.Credentials;
        if (credentialId is not null)
        {
            if (!catalog.TryGetCredential(credentialId, out var credential))
            {
                context.Errors(culture).Error(FindingCodes.UnknownCredential, "$", ("value", credentialId), ("known", string.Join(", ", catalog.Credentials.Select(c => c.Id))));
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
                stdout.Write(Markdown(credentials, catalog, withHeadings: credentialId is null, words));
                break;
            default:
                Text(credentials, catalog, detailed: credentialId is not null, stdout, interactive, words);
                break;
        }
        return CliApp.Evaluated;
    }

    /// <summary>Prints the dated values of <paramref name="ruleId"/>, or says it is no rule of the catalog.</summary>
    private static int History(string ruleId, string format, PolicyCatalog catalog, CliContext context, Explainer words)
    {
        var history = catalog.History(ruleId);
        if (history.IsEmpty)
        {
            context.Errors(words.Culture).Error(FindingCodes.UnknownRule, "--history", ("value", ruleId));
            return CliApp.Unreadable;
        }
        switch (format)
        {
            case "json":
                context.Stdout.Write(PolicyListingJsonWriter.WriteHistory(ruleId, history));
                context.Stdout.WriteLine();
                break;
            case "markdown":
                var text = new StringBuilder();
                HeaderRow(text, words, "effectiveFrom", "version", "rule", "source");
                foreach (var entry in history)
                {
                    text.Append("| ").Append(Cell(words.EffectiveFrom(entry.Policy))).Append(" | `").Append(entry.Policy.Version).Append("` | ")
                        .Append(Cell(RuleWords(entry.Rule, entry.Policy, words))).Append(" | ")
                        .Append(entry.Rule is { } rule ? Cell(Sources(rule.Source, markdown: true, words)) : string.Empty).Append(" |\n");
                }
                context.Stdout.Write(text.ToString());
                break;
            default:
                var (console, border) = Terminal.For(context.Stdout, context.Interactive);
                var table = new Table().Border(border).AddColumns(Headers(words, "effectiveFrom", "version", "rule", "source"));
                foreach (var entry in history)
                {
                    table.AddRow(Terminal.Text(words.EffectiveFrom(entry.Policy)), Terminal.Text(entry.Policy.Version), Terminal.Text(RuleWords(entry.Rule, entry.Policy, words)),
                        Terminal.Text(entry.Rule is { } rule ? Sources(rule.Source, markdown: false, words) : string.Empty));
                }
                console.MarkupLine(Terminal.Text(ruleId));
                console.Write(table);
                break;
        }
        return CliApp.Evaluated;
    }

    /// <summary>What a rule says, or that the version has no such rule.</summary>
    private static string RuleWords(PolicyRule? rule, CredentialPolicy policy, Explainer words) => rule is null ? words.NoSuchRule : words.Rule(rule, policy);

    /// <summary>The columns' headers, in the listing's language.</summary>
    private static string[] Headers(Explainer words, params string[] columnIds) => columnIds.Select(id => Terminal.Text(words.PolicyColumn(id))).ToArray();

    /// <summary>A markdown table's header row and its separator.</summary>
    private static void HeaderRow(StringBuilder text, Explainer words, params string[] columnIds)
    {
        text.Append("| ").AppendJoin(" | ", columnIds.Select(id => Cell(words.PolicyColumn(id)))).Append(" |\n|");
        text.Append(string.Concat(Enumerable.Repeat("---|", columnIds.Length))).Append('\n');
    }

    private static void Text(IReadOnlyList<Credential> credentials, PolicyCatalog catalog, bool detailed, TextWriter writer, bool interactive, Explainer words)
    {
        var (console, border) = Terminal.For(writer, interactive);
        if (!detailed)
        {
            var table = new Table().Border(border).AddColumns(Headers(words, "credential", "name", "version", "effectiveFrom", "rules", "unconfirmed", "summary"));
            foreach (var policy in credentials.SelectMany(c => catalog.VersionsOf(c)))
            {
                var rules = policy.Rules().ToList();
                table.AddRow(
                    Terminal.Text(policy.Credential.Id),
                    Terminal.Text(policy.Credential.ToString()),
                    Terminal.Text(policy.Version),
                    Terminal.Text(words.EffectiveFrom(policy)),
                    rules.Count.ToString("N0", words.Culture),
                    rules.Count(r => !r.Source.Confirmed).ToString("N0", words.Culture),
                    Terminal.Text(words.PolicySummary(policy) ?? string.Empty));
            }
            console.Write(table);
            // Below the table, where a path and its hash fit on one line: which file governs each credential.
            foreach (var credential in credentials)
            {
                console.MarkupLine(Terminal.Text(words.PolicyOrigin(credential, catalog.OriginOf(credential))));
            }
            console.MarkupLine(Terminal.Text(words.EveryRuleHint("ceurules policies CREDENTIAL")));
            return;
        }
        foreach (var policy in credentials.SelectMany(c => catalog.VersionsOf(c)))
        {
            console.Write(new Rule($"[bold]{Terminal.Text(words.PolicyHeading(policy))}[/]") { Justification = Justify.Left });
            if (words.PolicySummary(policy) is { } summary)
            {
                console.MarkupLine(Terminal.Text(summary));
            }
            var table = new Table().Border(border).AddColumns(Headers(words, "rule", "says", "source"));
            foreach (var rule in policy.Rules())
            {
                table.AddRow(Terminal.Text(rule.RuleId), Terminal.Text(words.Rule(rule, policy)), Terminal.Text(Sources(rule.Source, markdown: false, words)));
            }
            console.Write(table);
        }
    }

    /// <summary>
    /// A rule's sources for people: the first, then each further one after "Also:", on its own line in
    /// text and after a line break in markdown.
    /// </summary>
    private static string Sources(RuleSource source, bool markdown, Explainer words)
    {
        var text = new StringBuilder();
        Source(text, source, markdown, words);
        foreach (var further in source.FurtherSources)
        {
            text.Append(markdown ? "<br>" : "\n").Append(words.FurtherSource).Append(' ');
            Source(text, further, markdown, words);
        }
        return text.ToString();
    }

    /// <summary>
    /// One source: the citation (a link in markdown), where to find it, then what an auditor weighs about it
    /// (whose document, its date or revision, unconfirmed or superseded), and its note. For example
    /// "[AMT, Stay certified: ...](https://...) (the body's own source, current)".
    /// </summary>
    private static void Source(StringBuilder text, RuleSource source, bool markdown, Explainer words)
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
            text.Append(" — ").Append(words.SourceDocument(document));
        }
        if (words.SourceStanding(source) is { Length: > 0 } standing)
        {
            text.Append(" (").Append(standing).Append(')');
        }
        if (source.Note is { } note)
        {
            text.Append(" — ").Append(note);
        }
    }

    /// <summary>The rule tables of each version, as in docs/credentials.</summary>
    internal static string Markdown(IReadOnlyList<Credential> credentials, PolicyCatalog catalog, bool withHeadings, Explainer words)
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
                text.Append("### ").Append(words.PolicyHeading(policy)).Append("\n\n");
                if (words.PolicySummary(policy) is { } summary)
                {
                    text.Append(summary).Append("\n\n");
                }
                HeaderRow(text, words, "rule", "says", "source");
                foreach (var rule in policy.Rules())
                {
                    text.Append("| `").Append(rule.RuleId).Append("` | ").Append(Cell(words.Rule(rule, policy))).Append(" | ").Append(Cell(Sources(rule.Source, markdown: true, words))).Append(" |\n");
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}

/// <summary>The values of the <c>policies</c> command's argument and options.</summary>
internal sealed record PoliciesOptions(string? CredentialId, string Format, string? HistoryRuleId = null, System.Globalization.CultureInfo? Culture = null);
