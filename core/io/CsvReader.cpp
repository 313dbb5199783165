// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace {

constexpr char16_t quote = u'"';
constexpr qsizetype separatorSampleRecords = 20;

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

/**
 * Cuts the text into records one at a time, so that a file is refused at the first record that breaks a limit
 * rather than after it has been split whole into memory.
 */
class RecordScanner
{
public:
    enum class Step { Record, End, Failed };

    RecordScanner(QStringView text, QChar separator, const CsvReader::Limits &limits)
        : m_text(text), m_separator(separator), m_limits(limits)
    {
    }

    Step next(QStringList *cells, int *line);
    const Error &error() const { return m_error; }

private:
    bool readQuoted(QString *field, int column);
    void readUnquoted(QString *field);
    void skipLineBreak();
    bool fail(int line, int column, const QString &what);

    QStringView m_text;
    QChar m_separator;
    CsvReader::Limits m_limits;
    qsizetype m_pos = 0;
    int m_line = 1;
    Error m_error;
};

RecordScanner::Step RecordScanner::next(QStringList *cells, int *line)
{
    cells->clear();
    *line = m_line;
    if (m_pos >= m_text.size())
        return Step::End;
    for (;;) {
        QString field;
        const int column = int(cells->size()) + 1;
        if (m_pos < m_text.size() && m_text[m_pos] == quote) {
            if (!readQuoted(&field, column))
                return Step::Failed;
        }
        // Also what follows a closing quote ("abc"def): spreadsheets keep it as text, and so do we.
        readUnquoted(&field);
        if (field.size() > m_limits.maxFieldLength) {
            fail(m_line, column,
                 CsvReader::tr("a value is longer than %1 characters; the file is probably not a table")
                     .arg(m_limits.maxFieldLength));
            return Step::Failed;
        }
        // Two UTF-8 files put end to end leave the second one's byte order mark inside the text: an invisible
        // character that would keep one « Hugo » apart from another for ever. It carries nothing, so it goes.
        field.remove(QChar(0xFEFF));
        // Other control characters (tabs and line breaks excepted) come from a damaged file or another program's
        // codes, never from a spreadsheet's cell: stored, they would hide in names and break searches.
        const auto control = std::find_if(field.cbegin(), field.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control && c != u'\t' && c != u'\n' && c != u'\r';
        });
        if (control != field.cend()) {
            fail(m_line, column,
                 CsvReader::tr("a control character (U+%1) that no spreadsheet writes; the file is probably damaged")
                     .arg(control->unicode(), 4, 16, QLatin1Char('0')));
            return Step::Failed;
        }
        cells->append(field);
        if (cells->size() > m_limits.maxColumns) {
            fail(*line, 0,
                 CsvReader::tr("more than %1 columns; the file is probably not a table, or its separator was not "
                               "recognised")
                     .arg(m_limits.maxColumns));
            return Step::Failed;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == m_separator) {
            ++m_pos;
            continue;
        }
        skipLineBreak();
        return Step::Record;
    }
}

bool RecordScanner::readQuoted(QString *field, int column)
{
    const int openedOnLine = m_line;
    ++m_pos; // the opening quote
    for (;;) {
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text[end] != quote && !isLineBreak(m_text[end]))
            ++end;
        if (field->size() + (end - m_pos) > m_limits.maxFieldLength) {
            return fail(openedOnLine, column,
                        CsvReader::tr("a value is longer than %1 characters; the file is probably not a table")
                            .arg(m_limits.maxFieldLength));
        }
        field->append(m_text.sliced(m_pos, end - m_pos));
        m_pos = end;
        if (m_pos >= m_text.size())
            return fail(openedOnLine, column, CsvReader::tr("a quoted field is never closed"));
        if (isLineBreak(m_text[m_pos])) {
            // Line breaks inside a value become "\n" whatever the file used, as a spreadsheet cell holds them.
            field->append(QLatin1Char('\n'));
            skipLineBreak();
        } else if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == quote) {
            field->append(QLatin1Char('"'));
            m_pos += 2;
        } else {
            ++m_pos; // the closing quote
            return true;
        }
    }
}

void RecordScanner::readUnquoted(QString *field)
{
    // A quote in the middle of an unquoted value (12" screen) is tolerated as text, as spreadsheets do.
    qsizetype end = m_pos;
    while (end < m_text.size() && m_text[end] != m_separator && !isLineBreak(m_text[end]))
        ++end;
    if (end > m_pos) {
        // Bounded so that a single huge value is not copied before being refused.
        const qsizetype room = m_limits.maxFieldLength + 1 - field->size();
        field->append(m_text.sliced(m_pos, std::max<qsizetype>(0, std::min(end - m_pos, room))));
    }
    m_pos = end;
}

void RecordScanner::skipLineBreak()
{
    if (m_pos >= m_text.size())
        return;
    if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

bool RecordScanner::fail(int line, int column, const QString &what)
{
    const QString where =
        column > 0 ? CsvReader::tr("line %1, column %2").arg(line).arg(column) : CsvReader::tr("line %1").arg(line);
    m_error = Error(Error::Kind::BadInput, CsvReader::tr("%1: %2").arg(where, what));
    return false;
}

bool hasText(const QString &cell)
{
    return std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return !c.isSpace(); });
}

bool isBlank(const QStringList &cells)
{
    return std::none_of(cells.cbegin(), cells.cend(), hasText);
}

// Fits a record to the header: missing trailing values are empty; extra values are only a problem when they hold
// something, since spreadsheets often write empty cells beyond the table.
bool fitToHeader(TabularRow *row, qsizetype columns, QList<TabularProblem> *problems)
{
    const qsizetype count = row->cells.size();
    if (count < columns) {
        row->cells.resize(columns);
        return true;
    }
    for (qsizetype i = columns; i < count; ++i) {
        if (hasText(row->cells.at(i))) {
            problems->append({row->line, int(i) + 1,
                              CsvReader::tr("line %1: %2 values where the header has %3 columns; a value probably "
                                            "holds the separator without quotes")
                                  .arg(row->line)
                                  .arg(count)
                                  .arg(columns)});
            return false;
        }
    }
    row->cells.resize(columns);
    return true;
}

/**
 * Reads at most limit + 1 bytes, so that the caller can tell a file over the limit, with a bound rather than trusting
 * size(), which is 0 for a pipe or a device that never ends. In chunks: file.read(limit + 1) would allocate the whole
 * bound before reading anything, 512 MiB for a file of a few lines under the default limit.
 */
QByteArray readBounded(QFile &file, qint64 limit)
{
    constexpr qint64 chunkSize = 64 * 1024;
    QByteArray bytes;
    if (!file.isSequential())
        bytes.reserve(qsizetype(std::min(file.size(), limit) + 1));
    while (bytes.size() <= limit) {
        const QByteArray chunk = file.read(std::min(chunkSize, limit + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes.append(chunk);
    }
    return bytes;
}

} // namespace

CsvReader::Limits CsvReader::Limits::defaults()
{
    return {1000, 1024 * 1024, 2'000'000, qint64(256) * 1024 * 1024};
}

Result<TabularData> CsvReader::readFile(const QString &path)
{
    return readFile(path, Limits::defaults());
}

Result<TabularData> CsvReader::readFile(const QString &path, const Limits &limits)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return Error(Error::Kind::NotFound, tr("The file “%1” does not exist.").arg(name), {}, path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::BadInput, tr("The file “%1” cannot be read: %2").arg(name, file.errorString()), {},
                     path);
    QByteArray bytes = readBounded(file, limits.maxFileSize);
    if (bytes.size() > limits.maxFileSize) {
        return Error(
            Error::Kind::BadInput,
            tr("The file “%1” is too large; the limit is %2 MB.").arg(name).arg(limits.maxFileSize / (1024 * 1024)),
            tr("Split it into several files."), path);
    }
    file.close();
    Result<TextDecoder::Decoded> decoded = TextDecoder::decode(bytes);
    bytes = QByteArray(); // the text is all that is needed from here: do not hold the file twice
    if (!decoded)
        return decoded.error().prefixed(name);
    Result<TabularData> data = parse(decoded->text, decoded->encoding, limits);
    if (!data)
        return data.error().prefixed(name);
    return data;
}

Result<TabularData> CsvReader::read(const QByteArray &bytes)
{
    return read(bytes, Limits::defaults());
}

Result<TabularData> CsvReader::read(const QByteArray &bytes, const Limits &limits)
{
    Result<TextDecoder::Decoded> decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return decoded.error();
    return parse(decoded->text, decoded->encoding, limits);
}

Result<TabularData> CsvReader::parse(const QString &text, TextDecoder::Encoding encoding, const Limits &limits)
{
    TabularData data;
    data.encoding = encoding;
    data.separator = detectSeparator(text);
    data.separatorLabel = separatorLabel(data.separator);

    RecordScanner scanner(text, data.separator, limits);
    bool headerSeen = false;
    TabularRow row;
    for (;;) {
        const RecordScanner::Step step = scanner.next(&row.cells, &row.line);
        if (step == RecordScanner::Step::Failed)
            return scanner.error();
        if (step == RecordScanner::Step::End)
            break;
        if (isBlank(row.cells))
            continue;
        if (!headerSeen) {
            headerSeen = true;
            data.headerLine = row.line;
            for (const QString &cell : std::as_const(row.cells))
                data.header.append(cell.trimmed());
            continue;
        }
        if (data.rows.size() + data.problems.size() >= limits.maxRows) {
            return Error(
                Error::Kind::BadInput,
                tr("The file has more than %1 records, the most that can be imported at once.").arg(limits.maxRows),
                tr("Split it into several files."));
        }
        if (fitToHeader(&row, data.header.size(), &data.problems))
            data.rows.append(row);
    }
    if (!headerSeen)
        return Error(Error::Kind::BadInput, tr("The file is empty."), tr("Choose a file with a header line."));
    return data;
}

QChar CsvReader::detectSeparator(QStringView text)
{
    // Candidates in order of preference on ties: French Excel writes ";", and a tab is rarely inside a value.
    constexpr std::array<char16_t, 3> candidates = {u';', u'\t', u','};
    std::array<qsizetype, 3> inHeader = {};
    std::array<qsizetype, 3> inSample = {};
    qsizetype record = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && record < separatorSampleRecords; ++i) {
        const QChar c = text[i];
        if (c == quote) {
            quoted = !quoted; // a doubled quote toggles twice, which is what it means
        } else if (!quoted && isLineBreak(c)) {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++record;
        } else if (!quoted) {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                if (c == candidates[k]) {
                    ++inSample[k];
                    if (record == 0)
                        ++inHeader[k];
                }
            }
        }
    }
    // The header decides: it has one separator fewer than it has columns and rarely a comma inside a name, whereas
    // values are full of decimal commas. The rest of the sample only breaks ties.
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        if (inHeader[k] > inHeader[best] || (inHeader[k] == inHeader[best] && inSample[k] > inSample[best]))
            best = k;
    }
    return QChar(candidates[best]);
}

QString CsvReader::separatorLabel(QChar separator)
{
    switch (separator.unicode()) {
    case u';':
        return tr("semicolon (;)");
    case u',':
        return tr("comma (,)");
    case u'\t':
        return tr("tab");
    }
    return QString(separator);
}
