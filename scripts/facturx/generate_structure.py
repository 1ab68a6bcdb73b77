#!/usr/bin/env python3
"""Generates FacturXStructureTable.cs: the Factur-X 1.09.2 profile structure rules (FX-SCH-A-* cardinalities,
required attributes, code lists, and the id-less "not used in the given context" reports) as a C# table shared by
the five profiles.

Input: the compiled Factur-X Schematron the reference validator runs (FNFE-MPE/FeRD, via phive-rules):
../shared/tools/einvoice-oracle/artefacts/facturx/FACTUR-X_<PROFILE>.xslt and _codedb.xml. Only the last pattern of
each XSLT (the generated structure pattern) is read; the business rules (BR-*, CII-SR-*, BR-FXEXT-*) are written by
hand in FacturX*.cs. Run from the repository root:

    python3 scripts/facturx/generate_structure.py

The script checks the assumptions the C# relies on (every check id means the same test in every profile, rules on
the same element path keep the same relative priority in every profile) and stops when one does not hold.
"""
import collections
import os
import re
import sys
import xml.etree.ElementTree as ET

XSL = '{http://www.w3.org/1999/XSL/Transform}'
SVRL = '{http://purl.oclc.org/dsdl/svrl}'
ART = os.path.join('..', 'shared', 'tools', 'einvoice-oracle', 'artefacts', 'facturx')
OUT = os.path.join('src', 'Encaisse.EInvoicing', 'Validation', 'Rules', 'FacturX', 'FacturXStructureTable.cs')
PROFILES = [('MINIMUM', 'M'), ('BASIC-WL', 'W'), ('BASIC', 'B'), ('EN16931', 'E'), ('EXTENDED', 'X')]

# Predicates of the structure pattern, by their XPath text (spaces removed), to the C# StepPredicate member.
PREDICATES = {
    '[ram:ID/@schemeID="VA"]': 'SchemeVa',
    '[ram:ID/@schemeID="FC"]': 'SchemeFc',
    '[not(ram:ID/@schemeID="VA")andnot(ram:ID/@schemeID="FC")]': 'SchemeOther',
    '[@currencyID=../../ram:InvoiceCurrencyCode]': 'InvoiceCurrency',
    '[@currencyID=../../ram:TaxCurrencyCode]': 'TaxCurrency',
    '[not(@currencyID=../../ram:InvoiceCurrencyCode)andnot(@currencyID=../../ram:TaxCurrencyCode)]': 'OtherCurrency',
    '[@currencyID=/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode]': 'HeaderInvoiceCurrency',
    '[@currencyID=/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:TaxCurrencyCode]': 'HeaderTaxCurrency',
    '[not(@currencyID=/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode)andnot(@currencyID=/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:TaxCurrencyCode)]': 'HeaderOtherCurrency',
    '[ram:ChargeIndicator/udt:Indicator="false"]': 'Allowance',
    '[ram:ChargeIndicator/udt:Indicator="true"]': 'Charge',
    '[not(ram:ChargeIndicator/udt:Indicator="false")andnot(ram:ChargeIndicator/udt:Indicator="true")]': 'NeitherAllowanceNorCharge',
    '[not(@listID)]': 'NoListId',
    '[@listID="5153"]': 'ListId5153',
    '[not(not(@listID))andnot(@listID="5153")]': 'OtherListId',
    '[not(@listID="5153")andnot(not(@listID))]': 'OtherListId',
    '[ram:TypeCode="916"]': 'Type916',
    '[ram:TypeCode="50"]': 'Type50',
    '[ram:TypeCode="130"]': 'Type130',
    '[not(ram:TypeCode="916")andnot(ram:TypeCode="50")andnot(ram:TypeCode="130")]': 'OtherType',
}


def pred_key(text):
    key = PREDICATES.get(re.sub(r'\s+', '', text))
    if key is None:
        sys.exit(f'unknown predicate {text}')
    return key


def steps(path):
    """'/a:b/c:d[pred]' -> ['a:b', 'c:d[Key]']"""
    out = []
    for m in re.finditer(r'/([a-z]+:[A-Za-z]+)((?:\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\])?)', path):
        out.append(m.group(1) + ('[' + pred_key(m.group(2)) + ']' if m.group(2) else ''))
    if '/' + '/'.join(re.sub(r'\[.*', '', s) for s in out) != re.sub(r'\[[^\[\]]*(\[[^\[\]]*\][^\[\]]*)*\]', '', path):
        sys.exit(f'cannot split path {path}')
    return out


def parse_profile(name):
    root = ET.parse(os.path.join(ART, f'FACTUR-X_{name}.xslt')).getroot()
    templates = [t for t in root.findall(XSL + 'template')
                 if (t.get('mode') or '').startswith('M') and t.get('priority') and float(t.get('priority')) >= 0]
    last = templates[-1].get('mode')
    rules = []
    for t in templates:
        if t.get('mode') != last:
            continue
        lets = {v.get('name'): v.get('select') for v in t.findall(XSL + 'variable')}
        checks = []
        for el in t.iter():
            if el.tag not in (SVRL + 'failed-assert', SVRL + 'successful-report'):
                continue
            test = el.get('test')
            ids = [a.text for a in el.findall(XSL + 'attribute') if a.get('name') == 'id']
            flags = [a for a in el.findall(XSL + 'attribute') if a.get('name') == 'flag']
            if flags:
                sys.exit('structure check with a flag: ' + test)
            if el.tag == SVRL + 'successful-report':
                if ids:
                    sys.exit('report with an id: ' + test)
                if test == 'true()':
                    checks.append(('NotUsed',))
                elif re.fullmatch(r'@[A-Za-z]+', test):
                    checks.append(('NotUsedAttr', test[1:]))
                else:
                    sys.exit('unknown report ' + test)
                continue
            num = int(re.fullmatch(r'FX-SCH-A-(\d+)', ids[0]).group(1))
            m = re.fullmatch(r'count\(([a-z]+:[A-Za-z]+)(\[.*\])?\)(=|<=|>=)(\d+)', test)
            if m:
                child = m.group(1) + ('[' + pred_key(m.group(2)) + ']' if m.group(2) else '')
                op = {'=': 'Exactly', '<=': 'AtMost', '>=': 'AtLeast'}[m.group(3)]
                checks.append(('Count', num, child, op, int(m.group(4))))
                continue
            m = re.fullmatch(r'@([A-Za-z]+)', test)
            if m:
                checks.append(('Attr', num, m.group(1)))
                continue
            m = re.fullmatch(r"string-length\(\$(codeValue\d+)\)=0 or document\('FACTUR-X_[A-Z0-9-]+_codedb.xml'\)/codedb/cl\[@id=(\d+)\]/enumeration\[@value=\$(codeValue\d+)\]", test)
            if m and m.group(1) == m.group(3):
                select = lets[m.group(1)]
                target = '.' if select == '.' else re.fullmatch(r'@([A-Za-z]+)', select).group(1)
                checks.append(('Code', num, target, int(m.group(2))))
                continue
            sys.exit('unknown assert ' + test)
        rules.append((tuple(steps(t.get('match'))), checks))
    codedb = {}
    for cl in ET.parse(os.path.join(ART, f'FACTUR-X_{name}_codedb.xml')).getroot().findall('cl'):
        codedb[int(cl.get('id'))] = tuple(e.get('value') for e in cl.findall('enumeration'))
    return rules, codedb


def main():
    lists = []          # distinct code lists, by content
    list_index = {}
    rule_masks = collections.OrderedDict()    # path -> set of profile letters
    check_masks = collections.defaultdict(lambda: collections.OrderedDict())  # path -> check -> letters
    check_meaning = {}  # id -> meaning, to verify consistency
    orders = {}
    for name, letter in PROFILES:
        rules, codedb = parse_profile(name)
        orders[letter] = [p for p, _ in rules]
        for path, checks in rules:
            if path in rule_masks and letter in rule_masks[path]:
                sys.exit(f'duplicate rule {path} in {name}')
            rule_masks.setdefault(path, set()).add(letter)
            for c in checks:
                if c[0] == 'Code':
                    values = codedb[c[3]]
                    if values not in list_index:
                        list_index[values] = len(lists)
                        lists.append(values)
                    c = ('Code', c[1], c[2], list_index[values])
                if c[0] not in ('NotUsed', 'NotUsedAttr'):
                    meaning = (path, c)
                    if check_meaning.setdefault(c[1], meaning) != meaning:
                        sys.exit(f'FX-SCH-A-{c[1]:06d} differs between profiles: {check_meaning[c[1]]} / {meaning}')
                check_masks[path].setdefault(c, set()).add(letter)

    # Rules on the same element path (differing by predicates) must keep one relative order in every profile.
    def plain(path):
        return tuple(re.sub(r'\[.*', '', s) for s in path)
    groups = collections.OrderedDict()
    for path in rule_masks:
        groups.setdefault(plain(path), []).append(path)
    ordered = []
    for key, members in groups.items():
        if len(members) > 1:
            # Topological merge of the per-profile orders (fails when two profiles disagree).
            after = {m: set() for m in members}
            for order in orders.values():
                seq = [p for p in order if p in after]
                for a, b in zip(seq, seq[1:]):
                    after[b].add(a)
            merged = []
            while len(merged) < len(members):
                ready = [m for m in members if m not in merged and after[m] <= set(merged)]
                if not ready:
                    sys.exit(f'inconsistent order of rules on {key}')
                merged.append(ready[0])
            members = merged
            for letter, order in orders.items():
                seq = [p for p in order if p in members]
                if seq != [p for p in members if p in seq]:
                    sys.exit(f'order of {key} not consistent in {letter}')
        ordered.extend(members)

    def mask(letters):
        if len(letters) == 5:
            return 'All'
        return ' | '.join(l for _, l in PROFILES if l in letters)

    def cs(s):
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

    out = []
    w = out.append
    w('// Generated by scripts/facturx/generate_structure.py from the Factur-X 1.09.2 structure pattern (FNFE-MPE/FeRD).')
    w('// Do not edit by hand: change the generator and run it again.')
    w('using static Encaisse.EInvoicing.Validation.Rules.FacturX.FacturXStructureRule;')
    w('')
    w('namespace Encaisse.EInvoicing.Validation.Rules.FacturX;')
    w('')
    w('/// <summary>')
    w('/// The structure rules of the five Factur-X profiles: for each element path (predicates in brackets, see')
    w('/// <see cref="StepPredicate"/>) the profiles that describe it and its checks, each with the profiles it applies to.')
    w('/// FX-SCH-A ids are given by number. Rules on the same path are listed in priority order.')
    w('/// </summary>')
    w('internal static class FacturXStructureTable')
    w('{')
    w('    private const FacturXProfiles M = FacturXProfiles.Minimum;')
    w('    private const FacturXProfiles W = FacturXProfiles.BasicWl;')
    w('    private const FacturXProfiles B = FacturXProfiles.Basic;')
    w('    private const FacturXProfiles E = FacturXProfiles.En16931;')
    w('    private const FacturXProfiles X = FacturXProfiles.Extended;')
    w('    private const FacturXProfiles All = FacturXProfiles.All;')
    w('')
    w('    /// <summary>The code lists the checks refer to by index, space-separated.</summary>')
    w('    internal static readonly string[] CodeLists =')
    w('    [')
    for values in lists:
        text = ' '.join(values)
        if ' ' in ''.join(values) or '"' in text:
            sys.exit('code with a space')
        chunks = [text[i:i + 110] for i in range(0, len(text), 110)]
        w('        ' + ' +\n            '.join(cs(c) for c in chunks) + ',')
    w('    ];')
    w('')
    w('    /// <summary>The rules.</summary>')
    w('    internal static readonly FacturXStructureRule[] Rules =')
    w('    [')
    for path in ordered:
        checks = check_masks[path]
        args = []
        for c, letters in checks.items():
            m = mask(letters)
            if c[0] == 'Count':
                args.append(f'{c[3]}({m}, {c[1]}, {cs(c[2])}, {c[4]})')
            elif c[0] == 'Attr':
                args.append(f'Attribute({m}, {c[1]}, {cs(c[2])})')
            elif c[0] == 'Code':
                args.append(f'Code({m}, {c[1]}, {cs(c[2])}, {c[3]})')
            elif c[0] == 'NotUsed':
                args.append(f'NotUsed({m})')
            else:
                args.append(f'NotUsedAttribute({m}, {cs(c[1])})')
        head = f'        Rule({mask(rule_masks[path])}, {cs("/" + "/".join(path))}'
        if not args:
            w(head + '),')
        else:
            w(head + ',')
            for i, a in enumerate(args):
                w('            ' + a + (',' if i < len(args) - 1 else '),'))
    w('    ];')
    w('}')
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')
    ids = {i for i in check_meaning}
    print(f'{len(ordered)} rules, {len(ids)} FX-SCH-A ids, {len(lists)} code lists -> {OUT}')


if __name__ == '__main__':
    main()
