"""Coordinates and map links. Our coordinates are GCJ-02, as Amap and Baidu expect.

GCJ-02 is the obfuscated datum required for maps published in mainland China; schema.org
and iCalendar expect WGS-84, so ``gcj02_to_wgs84`` inverts the public GCJ-02 formula by
fixed-point iteration (error well under a metre). No API key, no map tiles: the links only
open the place in the Amap or Baidu app (on phones) or site (elsewhere).
"""

import math
from urllib.parse import urlencode

SOURCE = "shuxiangxicheng"  # identifies the caller to the map providers, as their URI APIs ask

_A = 6378245.0
_EE = 0.00669342162296594323


def _delta_lat(x, y):
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return ret


def _delta_lng(x, y):
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return ret


def wgs84_to_gcj02(lat, lng):
    d_lat = _delta_lat(lng - 105.0, lat - 35.0)
    d_lng = _delta_lng(lng - 105.0, lat - 35.0)
    rad = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    d_lng = (d_lng * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return lat + d_lat, lng + d_lng


def gcj02_to_wgs84(lat, lng):
    """WGS-84 for a GCJ-02 point in mainland China (iterated to about 1e-7 degree)."""
    w_lat, w_lng = lat, lng
    for _ in range(10):
        g_lat, g_lng = wgs84_to_gcj02(w_lat, w_lng)
        d_lat, d_lng = g_lat - lat, g_lng - lng
        w_lat, w_lng = w_lat - d_lat, w_lng - d_lng
        if abs(d_lat) < 1e-9 and abs(d_lng) < 1e-9:
            break
    return round(w_lat, 6), round(w_lng, 6)


def amap_url(lat, lng, name):
    """Amap URI API marker: opens the Amap app when installed (callnative=1), else the site."""
    query = {
        "position": f"{lng},{lat}",
        "name": name,
        "src": SOURCE,
        "coordinate": "gaode",
        "callnative": "1",
    }
    return "https://uri.amap.com/marker?" + urlencode(query)


def baidu_url(lat, lng, title, content=""):
    """Baidu Map URI API marker (web form, which offers to open the app on phones)."""
    query = {
        "location": f"{lat},{lng}",
        "title": title,
        "content": content or title,
        "output": "html",
        "coord_type": "gcj02",
        "src": f"webapp.{SOURCE}.portal",
    }
    return "https://api.map.baidu.com/marker?" + urlencode(query)
