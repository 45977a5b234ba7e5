//! Where a request comes from, for the limits and the log: the connection's peer address,
//! or the address a trusted proxy says it forwarded for (only when the peer is one of the
//! configured proxies; a header from anyone else is ignored, since anyone can write it).

use std::fmt;
use std::net::{IpAddr, Ipv6Addr};

/// A source address as the limits count it: an IPv4 address, or an IPv6 /64 network (one
/// household or phone gets a whole /64, and picking another address in it is free).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Source(IpAddr);

impl Source {
    pub fn of(address: IpAddr) -> Source {
        Source(match address {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let [a, b, c, d, ..] = v6.segments();
                    IpAddr::V6(Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
                }
            },
            v4 => v4,
        })
    }

    /// Where no connection is known (requests made inside the process, by the demo loader).
    pub fn unknown() -> Source {
        Source(IpAddr::V6(Ipv6Addr::UNSPECIFIED))
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            IpAddr::V6(v6) if !v6.is_unspecified() => write!(f, "{v6}/64"),
            address => write!(f, "{address}"),
        }
    }
}

/// Which proxies to believe, and the header they write the client's address in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Proxies {
    pub trusted: Vec<IpAddr>,
    /// Such as `X-Forwarded-For` (a list, the proxy appends) or `X-Real-IP` (one address).
    pub header: String,
}

impl Proxies {
    /// The client's address, from the peer and the request's headers.
    pub fn client(&self, peer: Option<IpAddr>, headers: &http::HeaderMap) -> Source {
        let Some(peer) = peer else {
            return Source::unknown();
        };
        if !self.trusted.contains(&peer) {
            return Source::of(peer);
        }
        // Read from the right: the last address a trusted proxy did not write itself is the
        // one that connected to it. Everything left of that came from the client.
        let forwarded = headers
            .get_all(self.header.as_str())
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect::<Vec<_>>();
        forwarded
            .iter()
            .rev()
            .map(|text| text.parse::<IpAddr>())
            .take_while(Result::is_ok)
            .flatten()
            .find(|address| !self.trusted.contains(address))
            .map_or(Source::of(peer), Source::of)
    }
}

/// The source of the request being served, as the server's middleware worked it out.
pub async fn current() -> Source {
    match leptos_axum::extract::<axum::Extension<Source>>().await {
        Ok(axum::Extension(source)) => source,
        Err(_) => Source::unknown(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderMap;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn ipv6_counts_by_its_64_network_and_mapped_ipv4_as_ipv4() {
        assert_eq!(
            Source::of(ip("2001:db8:1:2:aaaa::1")),
            Source::of(ip("2001:db8:1:2:bbbb::2"))
        );
        assert_ne!(
            Source::of(ip("2001:db8:1:2::1")),
            Source::of(ip("2001:db8:1:3::1"))
        );
        assert_eq!(
            Source::of(ip("::ffff:192.0.2.1")),
            Source::of(ip("192.0.2.1"))
        );
        assert_eq!(
            Source::of(ip("2001:db8:1:2::1")).to_string(),
            "2001:db8:1:2::/64"
        );
    }

    #[test]
    fn the_header_counts_only_from_a_trusted_proxy() {
        let proxies = Proxies {
            trusted: vec![ip("10.0.0.1")],
            header: "x-forwarded-for".to_owned(),
        };
        let sent = headers(&[("x-forwarded-for", "198.51.100.7")]);
        // From anyone else, the header is what anyone can write: ignored.
        assert_eq!(
            proxies.client(Some(ip("203.0.113.9")), &sent),
            Source::of(ip("203.0.113.9"))
        );
        assert_eq!(
            proxies.client(Some(ip("10.0.0.1")), &sent),
            Source::of(ip("198.51.100.7"))
        );
        // A client's own "X-Forwarded-For: 1.2.3.4" comes before what the proxy appended.
        let forged = headers(&[("x-forwarded-for", "1.2.3.4, 198.51.100.7")]);
        assert_eq!(
            proxies.client(Some(ip("10.0.0.1")), &forged),
            Source::of(ip("198.51.100.7"))
        );
        // Without a usable header, the proxy itself.
        assert_eq!(
            proxies.client(
                Some(ip("10.0.0.1")),
                &headers(&[("x-forwarded-for", "junk")])
            ),
            Source::of(ip("10.0.0.1"))
        );
        assert_eq!(proxies.client(None, &sent), Source::unknown());
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client() {
        let none = Proxies::default();
        let sent = headers(&[("x-forwarded-for", "198.51.100.7")]);
        assert_eq!(
            none.client(Some(ip("203.0.113.9")), &sent),
            Source::of(ip("203.0.113.9"))
        );
    }
}
