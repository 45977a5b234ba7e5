//! Compiles the message catalogue, `locales/*.ftl` in Fluent syntax, into Rust: the `Msg`
//! and `Lang` enums and every message's text, for `src/i18n/mod.rs` to include.
//!
//! Nothing of Fluent is parsed at run time (the browser bundle stays small), and a file
//! that would show a reader a missing or broken text stops the build instead: a message
//! missing from a language or unknown to the reference, variables that differ from the
//! reference's, a syntax error, an empty text, or Fluent we do not support (see the top
//! of `locales/da.ftl`). The build reads only the files in `locales/`.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The reference language: its messages are the catalogue, and it is the default.
const REFERENCE: &str = "da";

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("run by cargo")).join("i18n.rs");
    match catalogue(&manifest.join("locales")) {
        Ok(code) => {
            if let Err(error) = std::fs::write(&out, code) {
                eprintln!("error: cannot write {}: {error}", out.display());
                std::process::exit(1);
            }
        }
        Err(errors) => {
            eprintln!();
            for error in &errors {
                eprintln!("error: {error}");
            }
            eprintln!();
            eprintln!(
                "The message catalogue in app/locales/ has {} problem(s); the rules are at the top of app/locales/{REFERENCE}.ftl.",
                errors.len()
            );
            std::process::exit(1);
        }
    }
}

/// One language's file, read and checked on its own.
struct Locale {
    code: String,
    file: String,
    messages: Vec<Message>,
}

struct Message {
    id: String,
    line: usize,
    pattern: Vec<Elem>,
}

#[derive(Debug)]
enum Elem {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(Key, Vec<Elem>)>,
        default: usize,
    },
}

#[derive(Debug, PartialEq)]
enum Key {
    /// An index into `CATEGORIES`.
    Plural(usize),
    Exact(f64),
}

/// CLDR's plural categories, as Fluent writes them and as `src/i18n` names them.
const CATEGORIES: [(&str, &str); 6] = [
    ("zero", "Zero"),
    ("one", "One"),
    ("two", "Two"),
    ("few", "Few"),
    ("many", "Many"),
    ("other", "Other"),
];

fn catalogue(dir: &Path) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect(),
        Err(error) => return Err(vec![format!("cannot read {}: {error}", dir.display())]),
    };
    paths.sort();

    let mut locales = Vec::new();
    for path in &paths {
        if let Some(locale) = read_locale(path, &mut errors) {
            locales.push(locale);
        }
    }
    // The reference first: it is `Lang`'s first variant and the default.
    locales.sort_by_key(|locale| locale.code != REFERENCE);
    match locales.first() {
        Some(first) if first.code == REFERENCE => {}
        _ => errors.push(format!(
            "app/locales/{REFERENCE}.ftl, the reference language, is missing"
        )),
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let reference = &locales[0];
    let mut camel_ids = BTreeMap::new();
    for message in &reference.messages {
        let name = camel(&message.id);
        if let Some(other) = camel_ids.insert(name.clone(), &message.id) {
            errors.push(format!(
                "{}:{}: `{}` and `{other}` both become `Msg::{name}` in Rust; rename one",
                reference.file, message.line, message.id
            ));
        }
    }
    for locale in &locales[1..] {
        compare(reference, locale, &mut errors);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(generate(&locales))
}

/// Parses one file and turns it into our subset of Fluent, or says why not.
fn read_locale(path: &Path, errors: &mut Vec<String>) -> Option<Locale> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let file = format!("app/locales/{name}");
    let code = path.file_stem()?.to_string_lossy().into_owned();
    let before = errors.len();
    if !is_language_code(&code) {
        errors.push(format!(
            "{file}: the file name must be a language code such as `sv.ftl` or `pt-BR.ftl`"
        ));
        return None;
    }
    if plural_rules(&code).is_none() {
        errors.push(format!(
            "{file}: the Unicode CLDR has no plural rules for the language `{code}`; name the file with the language's ISO 639 code"
        ));
    }
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(error) => {
            errors.push(format!("{file}: cannot read it: {error}"));
            return None;
        }
    };
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            for error in parse_errors {
                let (line, column) = line_and_column(&source, error.pos.start);
                errors.push(format!(
                    "{file}:{line}:{column}: Fluent syntax error: {}",
                    error.kind
                ));
            }
            resource
        }
    };

    let mut messages: Vec<Message> = Vec::new();
    let mut seen = BTreeSet::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_owned();
                let line = line_of(&source, &id);
                let at = format!("{file}:{line}: message `{id}`");
                if !is_kebab(&id) {
                    errors.push(format!(
                        "{at}: write names in lower case with hyphens, like `list-count`"
                    ));
                }
                if !seen.insert(id.clone()) {
                    errors.push(format!("{at} appears twice"));
                }
                if !message.attributes.is_empty() {
                    errors.push(format!(
                        "{at} has attributes (.name = …), which we do not support; make each its own message"
                    ));
                }
                let Some(value) = &message.value else {
                    errors.push(format!("{at} has no text"));
                    continue;
                };
                let pattern = convert_pattern(value, &at, errors);
                if is_empty(value) {
                    errors.push(format!("{at} has an empty text"));
                }
                messages.push(Message { id, line, pattern });
            }
            ast::Entry::Term(term) => {
                let line = line_of(&source, &format!("-{}", term.id.name));
                errors.push(format!(
                    "{file}:{line}: term `-{}`: terms are not supported; write the text into each message",
                    term.id.name
                ));
            }
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
            // Reported by the parser above.
            ast::Entry::Junk { .. } => {}
        }
    }
    (errors.len() == before).then_some(Locale {
        code,
        file,
        messages,
    })
}

fn convert_pattern(pattern: &ast::Pattern<&str>, at: &str, errors: &mut Vec<String>) -> Vec<Elem> {
    let mut elems = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(&mut elems, value),
            ast::PatternElement::Placeable { expression } => {
                convert_expression(expression, &mut elems, at, errors)
            }
        }
    }
    elems
}

fn convert_expression(
    expression: &ast::Expression<&str>,
    elems: &mut Vec<Elem>,
    at: &str,
    errors: &mut Vec<String>,
) {
    match expression {
        ast::Expression::Inline(inline) => convert_inline(inline, elems, at, errors),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                errors.push(format!(
                    "{at}: a choice (->) must be on a variable, like {{ $count -> … }}"
                ));
                return;
            };
            let mut converted = Vec::new();
            let mut default = 0;
            for (index, variant) in variants.iter().enumerate() {
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => {
                        match CATEGORIES.iter().position(|(fluent, _)| fluent == name) {
                            Some(category) => Key::Plural(category),
                            None => {
                                errors.push(format!(
                                    "{at}: [{name}] is not a plural form; use [zero], [one], [two], [few], [many], [other] or a number such as [0]"
                                ));
                                continue;
                            }
                        }
                    }
                    ast::VariantKey::NumberLiteral { value } => match value.parse::<f64>() {
                        Ok(number) => Key::Exact(number),
                        Err(_) => {
                            errors.push(format!("{at}: [{value}] is not a number"));
                            continue;
                        }
                    },
                };
                if converted.iter().any(|(seen, _)| *seen == key) {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name }
                        | ast::VariantKey::NumberLiteral { value: name } => name,
                    };
                    errors.push(format!(
                        "{at}: the form [{key}] appears twice in one choice"
                    ));
                }
                if variant.default {
                    default = index;
                }
                converted.push((key, convert_pattern(&variant.value, at, errors)));
            }
            elems.push(Elem::Select {
                var: id.name.to_owned(),
                variants: converted,
                default,
            });
        }
    }
}

fn convert_inline(
    inline: &ast::InlineExpression<&str>,
    elems: &mut Vec<Elem>,
    at: &str,
    errors: &mut Vec<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => elems.push(Elem::Var(id.name.to_owned())),
        ast::InlineExpression::StringLiteral { value } => match unescape(value) {
            Some(text) => push_text(elems, &text),
            None => errors.push(format!("{at}: the quoted text \"{value}\" has a broken \\ escape")),
        },
        ast::InlineExpression::Placeable { expression } => {
            convert_expression(expression, elems, at, errors)
        }
        ast::InlineExpression::NumberLiteral { value } => errors.push(format!(
            "{at}: {{ {value} }}: write the number as plain text, without braces"
        )),
        ast::InlineExpression::FunctionReference { id, .. } => errors.push(format!(
            "{at}: functions such as {}() are not supported",
            id.name
        )),
        ast::InlineExpression::MessageReference { id, .. } => errors.push(format!(
            "{at}: {{ {} }}: references to other messages are not supported; write the text here (a variable is written {{ ${} }})",
            id.name, id.name
        )),
        ast::InlineExpression::TermReference { id, .. } => errors.push(format!(
            "{at}: {{ -{} }}: terms are not supported; write the text here",
            id.name
        )),
    }
}

fn push_text(elems: &mut Vec<Elem>, text: &str) {
    if let Some(Elem::Text(last)) = elems.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        elems.push(Elem::Text(text.to_owned()));
    }
}

/// Fluent's escapes in quoted text: `\"`, `\\`, `\u0041` and `\U01F600`.
fn unescape(value: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            kind @ ('u' | 'U') => {
                let digits: String = chars
                    .by_ref()
                    .take(if kind == 'u' { 4 } else { 6 })
                    .collect();
                out.push(char::from_u32(u32::from_str_radix(&digits, 16).ok()?)?);
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Empty when nothing but blanks would show, whatever the variables hold. Quoted text
/// (`{ " " }`) is written on purpose and counts, so a separator may be a space.
fn is_empty(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable { expression } => expression_is_empty(expression),
    })
}

fn expression_is_empty(expression: &ast::Expression<&str>) -> bool {
    match expression {
        ast::Expression::Select { variants, .. } => {
            variants.iter().all(|variant| is_empty(&variant.value))
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => value.is_empty(),
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_is_empty(expression)
        }
        ast::Expression::Inline(_) => false,
    }
}

fn variables(pattern: &[Elem], found: &mut BTreeSet<String>) {
    for elem in pattern {
        match elem {
            Elem::Text(_) => {}
            Elem::Var(name) => {
                found.insert(name.clone());
            }
            Elem::Select { var, variants, .. } => {
                found.insert(var.clone());
                for (_, value) in variants {
                    variables(value, found);
                }
            }
        }
    }
}

/// A translation has exactly the reference's messages, each with the same variables.
fn compare(reference: &Locale, locale: &Locale, errors: &mut Vec<String>) {
    let theirs: BTreeMap<&str, &Message> =
        locale.messages.iter().map(|m| (m.id.as_str(), m)).collect();
    let ours: BTreeMap<&str, &Message> = reference
        .messages
        .iter()
        .map(|m| (m.id.as_str(), m))
        .collect();
    for message in &reference.messages {
        let Some(translation) = theirs.get(message.id.as_str()) else {
            errors.push(format!(
                "{}: message `{}` is missing ({}:{} has it)",
                locale.file, message.id, reference.file, message.line
            ));
            continue;
        };
        let (mut expected, mut found) = (BTreeSet::new(), BTreeSet::new());
        variables(&message.pattern, &mut expected);
        variables(&translation.pattern, &mut found);
        for name in found.difference(&expected) {
            errors.push(format!(
                "{}:{}: message `{}` uses {{ ${name} }}, which {} does not have; the site does not fill it in",
                locale.file, translation.line, message.id, reference.file
            ));
        }
        for name in expected.difference(&found) {
            errors.push(format!(
                "{}:{}: message `{}` does not use {{ ${name} }}, which {} has",
                locale.file, translation.line, message.id, reference.file
            ));
        }
    }
    for message in &locale.messages {
        if !ours.contains_key(message.id.as_str()) {
            errors.push(format!(
                "{}:{}: message `{}` is not in {}, the reference language; remove it, or add it there too",
                locale.file, message.line, message.id, reference.file
            ));
        }
    }
}

/// The Rust source `src/i18n/mod.rs` includes.
fn generate(locales: &[Locale]) -> String {
    let reference = &locales[0];
    let messages = &reference.messages;
    let mut out = String::new();
    out.push_str(
        "// Generated by app/build.rs from app/locales/*.ftl: edit those files, not this.\n\n",
    );

    out.push_str(&format!(
        "/// A message of the catalogue: one for each message in `app/locales/{REFERENCE}.ftl`.\n"
    ));
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Msg {\n");
    for message in messages {
        writeln!(out, "    {},", camel(&message.id)).unwrap();
    }
    out.push_str("}\n\nimpl Msg {\n    pub const ALL: &'static [Msg] = &[\n");
    for message in messages {
        writeln!(out, "        Msg::{},", camel(&message.id)).unwrap();
    }
    out.push_str("    ];\n}\n\n");
    writeln!(out, "const MSG_IDS: [&str; {}] = [", messages.len()).unwrap();
    for message in messages {
        writeln!(out, "    {:?},", message.id).unwrap();
    }
    out.push_str("];\n\n");

    out.push_str("/// A language of the interface: one for each file in `app/locales/`.\n");
    out.push_str(
        "#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]\npub enum Lang {\n",
    );
    for (index, locale) in locales.iter().enumerate() {
        if index == 0 {
            out.push_str("    #[default]\n");
        }
        writeln!(out, "    {},", camel(&locale.code)).unwrap();
    }
    out.push_str("}\n\nimpl Lang {\n");
    writeln!(out, "    pub const ALL: [Lang; {}] = [", locales.len()).unwrap();
    for locale in locales {
        writeln!(out, "        Lang::{},", camel(&locale.code)).unwrap();
    }
    out.push_str("    ];\n}\n\n");
    writeln!(out, "const LANG_CODES: [&str; {}] = [", locales.len()).unwrap();
    for locale in locales {
        writeln!(out, "    {:?},", locale.code).unwrap();
    }
    out.push_str("];\n\n");

    // Every message's text; a message with variables shows them as `{name}` here, and its
    // pattern is kept for `Lang::format`. Whether a message has variables is the same in
    // every language (checked above), so one index serves them all.
    let with_variables: Vec<usize> = messages
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            let mut found = BTreeSet::new();
            variables(&m.pattern, &mut found);
            !found.is_empty()
        })
        .map(|(index, _)| index)
        .collect();
    writeln!(
        out,
        "static TEXTS: [[&str; {}]; {}] = [",
        messages.len(),
        locales.len()
    )
    .unwrap();
    for locale in locales {
        let by_id = by_id(locale);
        out.push_str("    [\n");
        for message in messages {
            let mut text = String::new();
            plain(&by_id[message.id.as_str()].pattern, &mut text);
            writeln!(out, "        {text:?},").unwrap();
        }
        out.push_str("    ],\n");
    }
    out.push_str("];\n\n");

    writeln!(out, "const PATTERN_INDEX: [u16; {}] = [", messages.len()).unwrap();
    for index in 0..messages.len() {
        let slot = with_variables.iter().position(|i| *i == index);
        writeln!(out, "    {},", slot.map_or(u16::MAX, |s| s as u16)).unwrap();
    }
    out.push_str("];\n\n");
    writeln!(
        out,
        "static PATTERNS: [[&[Part]; {}]; {}] = [",
        with_variables.len(),
        locales.len()
    )
    .unwrap();
    for locale in locales {
        let by_id = by_id(locale);
        out.push_str("    [\n");
        for index in &with_variables {
            let message = by_id[messages[*index].id.as_str()];
            out.push_str("        ");
            rust_pattern(&message.pattern, &mut out);
            out.push_str(",\n");
        }
        out.push_str("    ],\n");
    }
    out.push_str("];\n");
    out
}

fn by_id(locale: &Locale) -> BTreeMap<&str, &Message> {
    locale.messages.iter().map(|m| (m.id.as_str(), m)).collect()
}

/// The text with no values given: variables as `{name}`, choices at their default.
fn plain(pattern: &[Elem], out: &mut String) {
    for elem in pattern {
        match elem {
            Elem::Text(text) => out.push_str(text),
            Elem::Var(name) => {
                let _ = write!(out, "{{{name}}}");
            }
            Elem::Select {
                variants, default, ..
            } => plain(&variants[*default].1, out),
        }
    }
}

fn rust_pattern(pattern: &[Elem], out: &mut String) {
    out.push_str("&[");
    for elem in pattern {
        match elem {
            Elem::Text(text) => write!(out, "Part::Text({text:?}), ").unwrap(),
            Elem::Var(name) => write!(out, "Part::Var({name:?}), ").unwrap(),
            Elem::Select {
                var,
                variants,
                default,
            } => {
                write!(
                    out,
                    "Part::Select {{ var: {var:?}, default: {default}, variants: &["
                )
                .unwrap();
                for (key, value) in variants {
                    match key {
                        Key::Plural(category) => {
                            write!(out, "(Key::Plural(Plural::{}), ", CATEGORIES[*category].1)
                                .unwrap()
                        }
                        Key::Exact(number) => write!(out, "(Key::Exact({number:?}), ").unwrap(),
                    }
                    rust_pattern(value, out);
                    out.push_str("), ");
                }
                out.push_str("] }, ");
            }
        }
    }
    out.push(']');
}

/// `list-count` becomes `ListCount`, `pt-BR` becomes `PtBr`.
fn camel(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => {
                    first.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase()
                }
                None => String::new(),
            }
        })
        .collect()
}

fn is_kebab(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// The rules `src/i18n` will use: those of the full code, else those of its language.
fn plural_rules(code: &str) -> Option<intl_pluralrules::PluralRules> {
    use intl_pluralrules::{PluralRuleType, PluralRules};
    let full: unic_langid::LanguageIdentifier = code.parse().ok()?;
    PluralRules::create(full.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let language =
                unic_langid::LanguageIdentifier::from_parts(full.language, None, None, &[]);
            PluralRules::create(language, PluralRuleType::CARDINAL)
        })
        .ok()
}

fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The line on which an entry starts (the AST keeps no positions).
fn line_of(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |index| index + 1)
}
