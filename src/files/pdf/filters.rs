//! A stream's bytes as stored → its bytes as meant (ISO 32000-1 §7.4): the filters that carry text and the
//! structures around it. Image filters (DCT, JPX, CCITT, JBIG2) are not decoded: the reader wants no pixels.

use super::syntax::{Dict, Obj};

/// No stream of a letter inflates to more than this; a "zip bomb" stops here.
const MAX_DECODED: usize = 64 << 20;

/// The decoded bytes of a stream, `None` where a filter is not one the reader knows or the data is broken.
pub fn decode(dict: &Dict, data: &[u8]) -> Option<Vec<u8>> {
    let filters: Vec<&str> = match dict.get("Filter") {
        None => Vec::new(),
        Some(Obj::Name(n)) => vec![n],
        Some(Obj::Array(a)) => a
            .iter()
            .filter_map(|f| {
                if let Obj::Name(n) = f {
                    Some(n.as_str())
                } else {
                    None
                }
            })
            .collect(),
        Some(_) => return None,
    };
    let parms: Vec<Option<&Dict>> = match dict.get("DecodeParms").or_else(|| dict.get("DP")) {
        Some(Obj::Array(a)) => a.iter().map(Obj::dict).collect(),
        Some(d) => vec![d.dict()],
        None => Vec::new(),
    };
    let mut bytes = data.to_vec();
    for (i, f) in filters.iter().enumerate() {
        bytes = match *f {
            "FlateDecode" | "Fl" => predict(inflate(&bytes)?, parms.get(i).copied().flatten())?,
            "ASCIIHexDecode" | "AHx" => hex(&bytes),
            "ASCII85Decode" | "A85" => ascii85(&bytes)?,
            _ => return None,
        };
    }
    Some(bytes)
}

/// zlib data; some writers get the checksum wrong or leave the stream short, so what was inflated before the
/// error is kept.
fn inflate(data: &[u8]) -> Option<Vec<u8>> {
    use miniz_oxide::inflate::{decompress_to_vec_with_limit, decompress_to_vec_zlib_with_limit};
    match decompress_to_vec_zlib_with_limit(data, MAX_DECODED) {
        Ok(v) => Some(v),
        Err(e) if !e.output.is_empty() => Some(e.output),
        Err(_) => decompress_to_vec_with_limit(data, MAX_DECODED).ok(),
    }
}

/// Undoes a PNG predictor (`/Predictor` 10–15), which cross-reference streams use; other predictors pass through.
fn predict(data: Vec<u8>, parms: Option<&Dict>) -> Option<Vec<u8>> {
    let get = |k: &str, default: f64| {
        parms
            .and_then(|p| p.get(k))
            .and_then(Obj::num)
            .unwrap_or(default)
    };
    if get("Predictor", 1.0) < 10.0 {
        return Some(data);
    }
    let bpp = ((get("Colors", 1.0) * get("BitsPerComponent", 8.0)) / 8.0)
        .ceil()
        .max(1.0) as usize;
    let row = ((get("Columns", 1.0) * get("Colors", 1.0) * get("BitsPerComponent", 8.0)) / 8.0)
        .ceil() as usize;
    if row == 0 || row > 1 << 20 {
        return None;
    }
    let mut out: Vec<u8> = Vec::with_capacity(data.len());
    let mut prev = vec![0u8; row];
    for chunk in data.chunks(row + 1) {
        let (kind, line) = (chunk[0], &chunk[1..]);
        let mut cur = line.to_vec();
        for i in 0..cur.len() {
            let a = if i >= bpp { cur[i - bpp] } else { 0 };
            let b = prev.get(i).copied().unwrap_or(0);
            let c = if i >= bpp {
                prev.get(i - bpp).copied().unwrap_or(0)
            } else {
                0
            };
            cur[i] = cur[i].wrapping_add(match kind {
                1 => a,
                2 => b,
                3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                4 => paeth(a, b, c),
                _ => 0,
            });
        }
        out.extend_from_slice(&cur);
        cur.resize(row, 0);
        prev = cur;
    }
    Some(out)
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

fn hex(data: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = data
        .iter()
        .take_while(|&&b| b != b'>')
        .filter_map(|&b| (b as char).to_digit(16))
        .map(|d| d as u8)
        .collect();
    digits
        .chunks(2)
        .map(|p| p[0] * 16 + p.get(1).copied().unwrap_or(0))
        .collect()
}

fn ascii85(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut group = [0u32; 5];
    let mut n = 0;
    let body = data.strip_prefix(b"<~").unwrap_or(data);
    for &b in body {
        match b {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group[n] = u32::from(b - b'!');
                n += 1;
                if n == 5 {
                    let v = group
                        .iter()
                        .try_fold(0u32, |acc, &d| acc.checked_mul(85)?.checked_add(d))?;
                    out.extend_from_slice(&v.to_be_bytes());
                    n = 0;
                }
            }
            _ => {}
        }
    }
    if n > 1 {
        for g in group.iter_mut().skip(n) {
            *g = 84;
        }
        let v = group
            .iter()
            .try_fold(0u32, |acc, &d| acc.checked_mul(85)?.checked_add(d))?;
        out.extend_from_slice(&v.to_be_bytes()[..n - 1]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii85_and_hex_decode() {
        assert_eq!(ascii85(b"<~87cURD]i,\"Ebo7~>").unwrap(), b"Hello World");
        assert_eq!(hex(b"48 65 6c 6C 6f>"), b"Hello");
    }

    #[test]
    fn png_up_predictor_is_undone() {
        let parms = Dict(vec![
            ("Predictor".into(), Obj::Num(12.0)),
            ("Columns".into(), Obj::Num(3.0)),
        ]);
        let data = vec![2, 1, 2, 3, 2, 1, 1, 1];
        assert_eq!(predict(data, Some(&parms)).unwrap(), vec![1, 2, 3, 2, 3, 4]);
    }

    #[test]
    fn an_unknown_filter_is_not_guessed() {
        let d = Dict(vec![("Filter".into(), Obj::Name("DCTDecode".into()))]);
        assert_eq!(decode(&d, b"\xff\xd8"), None);
    }
}
