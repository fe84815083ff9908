namespace CeuRules.Web.Services;

/// <summary>The page's sentence for a spreadsheet that cannot be read at all.</summary>
internal static class SheetText
{
    internal static string Problem(SheetInputException problem) => problem.Problem switch
    {
        SheetProblem.CertificationsMissing => UiText.Format("Sheet.CertificationsMissing", problem.Subject),
        _ => UiText.Format("Sheet.Mapping", problem.Subject),
    };
}
