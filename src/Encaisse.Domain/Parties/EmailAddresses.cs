namespace Encaisse.Domain.Parties;

/// <summary>
/// A plausibility check for email addresses typed by clerks: one @, a local part, a domain with a dot, no spaces.
/// Only delivery can prove an address works; this catches typing errors early.
/// </summary>
internal static class EmailAddresses
{
    public static bool IsPlausible(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 254)
        {
            return false;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        foreach (var c in address)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '(' or ')' or '[' or ']' or '\\' or '"')
            {
                return false;
            }
        }

        var local = address[..at];
        var domain = address[(at + 1)..];
        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(label => label.Length > 0 && !label.StartsWith('-') && !label.EndsWith('-'));
    }
}
