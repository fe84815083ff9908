namespace CeuRules.Spreadsheets;

/// <summary>
/// Keeps a text cell of a CSV file from being run as a formula when a spreadsheet opens it (OWASP's CSV
/// injection advice): a text that starts with =, +, -, @, a tab or a carriage return gets a leading
/// apostrophe, which spreadsheets show as text.
/// </summary>
internal static class CellGuard
{
    /// <summary>The text, made inert if a spreadsheet would read it as a formula.</summary>
    internal static string Neutralize(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
