"""Streaming data blocks: each format from tiny files; labels, shapes, crops, workers, resume."""

from __future__ import annotations

import io
import json
import pickle
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from blocks.base import BuildContext
from blocks.data import Hdf5Images, ImageStream, LmdbImages, TorchvisionData, ZipImages
from blocks.data.readers import unsafe_member
from blocks.data.stream import crop_offset, mix, permutation, resized_size
from schemas import RunConfig
from tests.blocks.test_data import write_idx
from tests.presets import write_fake_cifar10

CPU = torch.device("cpu")
N, H, W = 7, 10, 14  # 7 non-square 10×14 RGB images
CLASSES = ["cat", "cat", "cat", "dog", "dog", "emu", "emu"]


def pixels() -> np.ndarray:
    """Image i: a gradient along x (so crops and flips show) plus 30·i (so images differ)."""
    x = np.arange(W, dtype=np.int64) * 9
    img = np.zeros((N, H, W, 3), np.uint8)
    for i in range(N):
        img[i] = np.clip(x[None, :, None] + 30 * i + np.array([0, 5, 10]), 0, 255)
    return img


def png(i: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(pixels()[i]).save(buf, format="PNG")
    return buf.getvalue()


def names() -> list[str]:
    return [f"{c}/img{i:02d}.png" for i, c in enumerate(CLASSES)]


def dataset_json() -> bytes:
    return json.dumps({"labels": [[n, 6 - i] for i, n in enumerate(names())]}).encode()


def write_folder(root: Path) -> Path:
    for i, n in enumerate(names()):
        (root / n).parent.mkdir(parents=True, exist_ok=True)
        (root / n).write_bytes(png(i))
    (root / "dataset.json").write_bytes(dataset_json())
    return root


def write_zip(path: Path, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for i, n in enumerate(names()):
            z.writestr(n, png(i))
        z.writestr("dataset.json", dataset_json())
        for k, v in (extra or {}).items():
            z.writestr(k, v)
    return path


def write_lmdb(root: Path) -> Path:
    import lmdb

    env = lmdb.open(str(root), map_size=1 << 24)
    with env.begin(write=True) as txn:
        for i, n in enumerate(names()):
            txn.put(n.encode(), png(i))
        txn.put(b"length", str(N).encode())
    env.close()
    (root / "dataset.json").write_bytes(dataset_json())
    return root


def write_h5(path: Path, layout: str = "NHWC") -> Path:
    import h5py

    x = pixels() if layout == "NHWC" else pixels().transpose(0, 3, 1, 2)
    with h5py.File(path, "w") as f:
        f["images"] = x
        f["labels"] = np.arange(N)[::-1] % 3
    return path


def ctx(seed: int = 0) -> BuildContext:
    return BuildContext(
        node_id="data", device=CPU, run=RunConfig(seed=seed), data_shape=(), z_dim=2
    )


def make(cls, seed: int = 0, **params):
    block = cls("data", cls.Params(**{"workers": 0, **params}))
    assert block.check() == [], block.check()
    src = block.build(ctx(seed))
    assert src.shape == block.infer({}, None)["real"]
    return src


def u8(x: torch.Tensor) -> torch.Tensor:
    return ((x + 1) * 127.5).round().to(torch.uint8)


FORMATS = {
    "folder": (ImageStream, lambda t: write_folder(t / "imgs")),
    "zip": (ZipImages, lambda t: write_zip(t / "d.zip")),
    "lmdb": (LmdbImages, lambda t: write_lmdb(t / "lmdb")),
    "hdf5": (Hdf5Images, lambda t: write_h5(t / "d.h5")),
}


# ------------------------------------------------------------------------------- each format


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_gives_every_image_once_per_epoch(tmp_path, fmt):
    cls, write = FORMATS[fmt]
    src = make(cls, root=str(write(tmp_path)), height=H, width=W, resize="none")
    assert len(src) == N and src.shape == (3, H, W)
    got = u8(src.next(N))  # one epoch, native size: exactly the pixels, in some order
    want = torch.from_numpy(pixels()).permute(0, 3, 1, 2)
    order = [int((want == g).flatten(1).all(1).nonzero()) for g in got]
    assert sorted(order) == list(range(N))
    assert src.state_dict()["epoch"] == 1 and src.state_dict()["pos"] == 0


@pytest.mark.parametrize(
    ("fmt", "labels", "want"),
    [
        ("folder", "folders", [0, 0, 0, 1, 1, 2, 2]),
        ("folder", "file", [6, 5, 4, 3, 2, 1, 0]),
        ("zip", "folders", [0, 0, 0, 1, 1, 2, 2]),
        ("zip", "file", [6, 5, 4, 3, 2, 1, 0]),
        ("lmdb", "file", [6, 5, 4, 3, 2, 1, 0]),
        ("hdf5", "array", [0, 2, 1, 0, 2, 1, 0]),
    ],
)
def test_labels_follow_their_images(tmp_path, fmt, labels, want):
    cls, write = FORMATS[fmt]
    src = make(cls, root=str(write(tmp_path)), height=H, width=W, resize="none", labels=labels,
               n_classes=7)  # fmt: skip
    assert src.n_classes == 7
    x = u8(src.next(N))
    y = src.last_labels
    assert y is not None and y.dtype == torch.long and y.shape == (N,)
    ref = torch.from_numpy(pixels()).permute(0, 3, 1, 2)
    for img, lab in zip(x, y.tolist(), strict=True):
        i = int((ref == img).flatten(1).all(1).nonzero())
        assert lab == want[i]


def test_hdf5_nchw_and_grayscale(tmp_path):
    src = make(Hdf5Images, root=str(write_h5(tmp_path / "c.h5", "NCHW")), height=H, width=W,
               resize="none", channels=1)  # fmt: skip
    assert src.shape == (1, H, W)
    x = u8(src.next(N))
    luma = (torch.from_numpy(pixels()).float() * torch.tensor([0.299, 0.587, 0.114])).sum(-1)
    assert {int(v) for v in x[:, 0, 0, 0]} == {int(v) for v in luma[:, 0, 0].round()}


def test_labels_need_n_classes_and_must_fit(tmp_path):
    root = str(write_folder(tmp_path / "imgs"))
    block = ImageStream("data", ImageStream.Params(root=root, labels="folders"))
    assert [p.field for p in block.check()] == ["n_classes"]
    block = ImageStream("data", ImageStream.Params(root=root, labels="file", n_classes=3))
    with pytest.raises(ValueError, match=r"params.n_classes: the labels go up to 6"):
        block.build(ctx())


def test_a_label_missing_from_dataset_json_is_named(tmp_path):
    extra = {"emu/late.png": png(0)}
    block = ZipImages("data", ZipImages.Params(root=str(write_zip(tmp_path / "d.zip", extra)),
                                                labels="file", n_classes=7))  # fmt: skip
    with pytest.raises(ValueError, match=r"params.labels_file: 1 images .* emu/late.png"):
        block.build(ctx())


# --------------------------------------------------------------------------- resize and crops


def test_pure_resize_and_crop_helpers():
    assert resized_size(10, 14, 8, 8, "cover") == (8, 11)
    assert resized_size(10, 14, 5, 20, "cover") == (14, 20)
    assert resized_size(10, 14, 8, 8, "stretch") == (8, 8)
    assert resized_size(10, 14, 8, 8, "none") == (10, 14)
    assert crop_offset(10, 14, 6, 6, "center", None) == (2, 4)
    g = torch.Generator().manual_seed(0)
    offs = {crop_offset(10, 14, 6, 6, "random", g) for _ in range(200)}
    assert offs == {(t, lft) for t in range(5) for lft in range(9)}  # every offset, uniformly
    assert mix(1, 2) != mix(2, 1) and 0 <= mix(-1) < 2**63
    assert torch.equal(permutation(3, 4, 10), permutation(3, 4, 10))


def test_non_square_centre_crop_is_exact(tmp_path):
    src = make(ImageStream, root=str(write_folder(tmp_path / "i")), height=6, width=8,
               resize="none")  # fmt: skip
    assert src.shape == (3, 6, 8)
    x = u8(src.next(N))
    ref = torch.from_numpy(pixels()).permute(0, 3, 1, 2)[:, :, 2:8, 3:11]
    assert {tuple(r.flatten().tolist()) for r in ref} == {tuple(a.flatten().tolist()) for a in x}


def test_cover_and_stretch_give_the_asked_shape(tmp_path):
    root = str(write_folder(tmp_path / "i"))
    for resize in ("cover", "stretch"):
        src = make(ImageStream, root=root, height=16, width=9, resize=resize)
        assert src.next(3).shape == (3, 3, 16, 9)
    with pytest.raises(ValueError, match=r"params.resize: image .* smaller than 16×9"):
        make(ImageStream, root=root, height=16, width=9, resize="none").next(1)


def test_random_crop_and_flip_follow_seed_and_epoch(tmp_path):
    root = str(write_folder(tmp_path / "i"))
    opts = {"root": root, "height": 8, "width": 8, "resize": "none", "crop": "random"}
    a = make(ImageStream, hflip=True, **opts)
    e1, e2 = a.next(N), a.next(N)
    assert torch.equal(make(ImageStream, hflip=True, **opts).next(N), e1)  # same seed, same
    assert not torch.equal(make(ImageStream, seed=1, hflip=True, **opts).next(N), e1)
    assert not torch.equal(e1, e2)  # each epoch its own order and crops
    # a flip reverses the x gradient: some crops decrease along x
    slopes = {int(torch.sign(img[0, 0, -1] - img[0, 0, 0])) for img in torch.cat([e1, e2])}
    assert slopes == {-1, 1}
    plain = make(ImageStream, **opts)
    assert all((img[0, 0, -1] > img[0, 0, 0]).item() for img in plain.next(N))


def test_cache_key_records_every_image_option(tmp_path):
    root = str(write_folder(tmp_path / "i"))
    base = {"root": root, "height": 8, "width": 8}
    keys = {
        make(ImageStream, **base).cache_key,
        make(ImageStream, **{**base, "width": 9}).cache_key,
        make(ImageStream, **{**base, "crop": "random"}).cache_key,
        make(ImageStream, **{**base, "hflip": True}).cache_key,
        make(ImageStream, **{**base, "resize": "stretch"}).cache_key,
        make(ImageStream, **{**base, "channels": 1}).cache_key,
        make(ImageStream, **{**base, "max_images": 3}).cache_key,
    }
    assert len(keys) == 7
    assert make(ImageStream, workers=2, **base).cache_key in keys  # workers change nothing


# ------------------------------------------------------------------------- workers and resume


def _stream(src, sizes):
    out = []
    for n in sizes:
        out.append((src.next(n), None if src.last_labels is None else src.last_labels.clone()))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_workers_give_the_batches_of_none(tmp_path, fmt):
    cls, write = FORMATS[fmt]
    labels = {"folder": "folders", "zip": "file", "lmdb": "file", "hdf5": "array"}[fmt]
    opts = {"root": str(write(tmp_path)), "height": 8, "width": 8, "crop": "random",
            "hflip": True, "labels": labels, "n_classes": 7}  # fmt: skip
    sizes = [3, 3, 5, 4, 3]  # crosses epochs; a size change restarts the loader
    inline = _stream(make(cls, **opts), sizes)
    src = make(cls, **{**opts, "workers": 2})
    pooled = _stream(src, sizes)
    src.close()
    for (xa, ya), (xb, yb) in zip(inline, pooled, strict=True):
        assert torch.equal(xa, xb) and torch.equal(ya, yb)


@pytest.mark.parametrize("workers", [0, 2])
def test_resume_mid_epoch_is_exact(tmp_path, workers):
    opts = {"root": str(write_zip(tmp_path / "d.zip")), "height": 8, "width": 8,
            "crop": "random", "hflip": True, "labels": "file", "n_classes": 7}  # fmt: skip
    whole = _stream(make(ZipImages, **opts), [3] * 8)
    first = make(ZipImages, workers=workers, **opts)
    _stream(first, [3] * 3)  # stop mid-epoch 1 (9 of 7+7 drawn)
    buf = io.BytesIO()
    torch.save(first.state_dict(), buf)  # a checkpoint round trip
    buf.seek(0)
    first.close()
    resumed = make(ZipImages, seed=99, workers=workers, **opts)  # the seed is in the state
    resumed.load_state_dict(torch.load(buf, weights_only=True))
    rest = _stream(resumed, [3] * 5)
    resumed.close()
    for (xa, ya), (xb, yb) in zip(whole[3:], rest, strict=True):
        assert torch.equal(xa, xb) and torch.equal(ya, yb)


@pytest.mark.parametrize("workers", [0, 2])
def test_batches_never_touch_the_global_rng(tmp_path, workers):
    src = make(ImageStream, root=str(write_folder(tmp_path / "i")), height=8, width=8,
               crop="random", hflip=True, workers=workers)  # fmt: skip
    before = torch.random.get_rng_state()
    src.next(3)
    src.next(4)  # a new loader (batch size changed)
    src.close()
    assert torch.equal(torch.random.get_rng_state(), before)


def test_evaluation_samples_leave_the_stream_alone(tmp_path):
    src = make(ImageStream, root=str(write_folder(tmp_path / "i")), height=8, width=8)
    src.next(3)
    before = src.state_dict()
    x = src.sample_without_replacement(100, torch.Generator().manual_seed(0))
    assert x.shape == (N, 3, 8, 8) and len({tuple(r.flatten().tolist()) for r in x}) == N
    assert src.state_dict() == before
    with pytest.raises(ValueError, match="had 7 samples"):
        make(ImageStream, root=str(write_folder(tmp_path / "j")), height=8, width=8,
             max_images=3).load_state_dict(before)  # fmt: skip


@pytest.mark.parametrize("fmt", ["lmdb", "hdf5"])
def test_workers_forked_after_the_main_process_read_open_their_own_handle(tmp_path, fmt):
    cls, write = FORMATS[fmt]
    opts = {"root": str(write(tmp_path)), "height": 8, "width": 8}
    want = make(cls, **opts).next(5)
    src = make(cls, **{**opts, "workers": 2})
    src.sample_without_replacement(3, torch.Generator().manual_seed(0))  # opens in the parent
    assert torch.equal(src.next(5), want)
    src.close()


def test_sharded_ranks_split_each_global_batch(tmp_path):
    root = str(write_folder(tmp_path / "i"))
    one = make(ImageStream, root=root, height=8, width=8).next(6)
    parts = []
    for rank in range(2):
        src = make(ImageStream, root=root, height=8, width=8)
        src.shard(rank, 2)
        parts.append(src.next(3))
    assert torch.equal(torch.cat(parts), one)


# -------------------------------------------------------------------------- refusals, messages


@pytest.mark.parametrize("member", ["../evil.png", "a/../../evil.png", "/etc/evil.png"])
def test_zip_slip_is_refused(tmp_path, member):
    assert unsafe_member(member)
    path = write_zip(tmp_path / "d.zip", {member: png(0)})
    block = ZipImages("data", ZipImages.Params(root=str(path), workers=0))
    with pytest.raises(ValueError, match=r"params.root: .* outside the archive .*zip-slip"):
        block.build(ctx())


def test_safe_member_names_pass():
    assert not unsafe_member("00000/img00000000.png") and not unsafe_member("a..b.png")
    assert unsafe_member("C:evil.png") and unsafe_member("a\\..\\b.png")


def test_labels_file_outside_the_dataset_is_refused(tmp_path):
    root = str(write_folder(tmp_path / "i"))
    for bad in ("../labels.json", "/etc/passwd"):
        block = ImageStream("data", ImageStream.Params(root=root, labels="file", n_classes=7,
                                                       labels_file=bad))  # fmt: skip
        problems = block.check()
        assert [(p.field, p.code) for p in problems] == [("labels_file", "bad_path")]
        assert problems[0].message.startswith(f"'{bad}' must be a relative path inside")


def test_missing_and_corrupt_data_name_the_param(tmp_path):
    for cls in (ImageStream, ZipImages, LmdbImages, Hdf5Images):
        block = cls("data", cls.Params(root=str(tmp_path / "nothing")))
        assert [(p.field, p.code) for p in block.check()] == [("root", "missing_data")]
        with pytest.raises(FileNotFoundError, match=r"params.root: no "):
            block.build(ctx())
    (tmp_path / "bad.zip").write_bytes(b"not a zip")
    with pytest.raises(ValueError, match=r"params.root: cannot open ZIP archive"):
        make(ZipImages, root=str(tmp_path / "bad.zip"))
    (tmp_path / "bad.h5").write_bytes(b"not hdf5")
    with pytest.raises(ValueError, match=r"params.root: cannot open HDF5 file"):
        make(Hdf5Images, root=str(tmp_path / "bad.h5"))
    with pytest.raises(ValueError, match=r"params.images_key: no array 'x'"):
        make(Hdf5Images, root=str(write_h5(tmp_path / "d.h5")), images_key="x")
    root = write_folder(tmp_path / "i")
    (root / "emu" / "img06.png").write_bytes(b"garbage")
    for workers in (0, 2):  # a worker's error comes back as the message itself
        src = make(ImageStream, root=str(root), height=8, width=8, workers=workers)
        with pytest.raises(ValueError, match=r"^params.root: cannot decode image .*img06.png"):
            src.next(N)
        assert src.state_dict()["pos"] == 0  # the failed batch was not counted
    (root / "cat" / "img00.png").write_bytes(b"garbage")  # the first image: found at build
    with pytest.raises(ValueError, match=r"params.root: cannot decode image .*img00.png"):
        make(ImageStream, root=str(root), height=8, width=8)
    dir_root = ZipImages("data", ZipImages.Params(root=str(tmp_path)))
    assert [(p.field, p.code) for p in dir_root.check()] == [("root", "bad_path")]


def test_no_reader_unpickles_a_user_file(tmp_path, monkeypatch):
    def refuse(*a, **k):
        raise AssertionError("pickle used on a user file")

    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "Unpickler", refuse)
    for fmt, (cls, write) in FORMATS.items():
        labels = {"folder": "folders", "zip": "file", "lmdb": "file", "hdf5": "array"}[fmt]
        src = make(cls, root=str(write(tmp_path)), height=8, width=8, labels=labels, n_classes=7)
        src.next(N)


# ----------------------------------------------------------------- data.torchvision's labels


def test_torchvision_cifar_labels_come_from_the_batches(tmp_path):
    root = write_fake_cifar10(tmp_path, per_batch=8)
    block = TorchvisionData("data", TorchvisionData.Params(dataset="cifar10", root=str(root)))
    src = block.build(ctx())
    assert src.n_classes == 10 and len(src) == 40
    want = []
    for i in range(1, 6):  # the writer's labels, read back without the loader's unpickler
        with open(root / "cifar-10-batches-py" / f"data_batch_{i}", "rb") as f:
            want += pickle.load(f)["labels"]
    x = src.next(40)
    data = src.data.flatten(1)
    for img, lab in zip(u8(x).flatten(1), src.last_labels.tolist(), strict=True):
        i = int((data == img).all(1).nonzero()[0])
        assert lab == want[i]


def test_torchvision_mnist_labels_from_idx1(tmp_path):
    images = np.arange(5, dtype=np.uint8)[:, None, None] * np.ones((5, 28, 28), np.uint8) * 40
    write_idx(tmp_path / "MNIST/raw/train-images-idx3-ubyte", images)
    labels = np.array([3, 1, 4, 1, 5], np.uint8)
    raw = (0x801).to_bytes(4, "big") + (5).to_bytes(4, "big") + labels.tobytes()
    (tmp_path / "MNIST/raw/train-labels-idx1-ubyte").write_bytes(raw)
    src = TorchvisionData("data", TorchvisionData.Params(root=str(tmp_path))).build(ctx())
    x = u8(src.next(5))
    for img, lab in zip(x, src.last_labels.tolist(), strict=True):
        assert lab == int(labels[int(img[0, 0, 0]) // 40])
    (tmp_path / "MNIST/raw/train-labels-idx1-ubyte").write_bytes(raw[:-1])
    with pytest.raises(ValueError, match="truncated"):
        TorchvisionData("data", TorchvisionData.Params(root=str(tmp_path))).build(ctx())


# ----------------------------------------------------------------------- through the runner


def test_a_run_on_a_zip_resumes_exactly_through_a_checkpoint(tmp_path):
    from gancanvas.compiler import compile_graph
    from gancanvas.runner import checkpoint as ckpt
    from gancanvas.runner.loop import StepRunner
    from schemas import load_graph_dict
    from tests.blocks.test_contract import host_graph

    g = host_graph(ZipImages, tmp_path)
    data = next(n for n in g["nodes"] if n["id"] == "data")
    data["params"].update(workers=2, crop="random", hflip=True)
    graph = load_graph_dict(g)

    torch.manual_seed(0)
    whole = compile_graph(graph, "cpu")
    runner = StepRunner(whole)
    for step in range(6):
        runner.iteration(step)

    torch.manual_seed(0)
    first = compile_graph(graph, "cpu")
    part = StepRunner(first)
    for step in range(3):
        part.iteration(step)
    ckpt.save(ckpt.capture(first, part, 3, None), tmp_path / "c.pt")
    first.data.close()

    resumed = compile_graph(graph, "cpu")
    again = StepRunner(resumed)
    start = ckpt.restore(resumed, again, ckpt.load(tmp_path / "c.pt"))
    assert start == 3 and resumed.data.state_dict()["pos"] == first.data.state_dict()["pos"]
    for step in range(start, 6):
        again.iteration(step)
    for net in ("G", "D"):
        for a, b in zip(whole.nets[net].parameters(), resumed.nets[net].parameters(), strict=True):
            assert torch.equal(a, b)
    whole.data.close()
    resumed.data.close()
