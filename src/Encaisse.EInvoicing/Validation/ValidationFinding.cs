namespace Encaisse.EInvoicing.Validation;

/// <summary>
/// One rule that fired on a document: the rule id as its owner names it (BR-CO-10, PEPPOL-EN16931-R001, BR-DE-1,
/// BR-FR-12, XSD), its flag, where (an XPath to the element the rule was checked on), and what it means for a
/// billing clerk in English and French.
/// </summary>
public sealed record ValidationFinding(string RuleId, RuleFlag Flag, string Location, string Message, string MessageFr, string RuleSet)
{
    /// <summary>The <c>ID:flag</c> form used by the reference results (../shared/einvoice/expected).</summary>
    public string IdAndFlag => $"{RuleId}:{Flag.Name()}";
}
