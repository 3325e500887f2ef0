//! Profile photos: uploaded as JPEG or PNG (checked from the bytes, not the name),
//! decoded with size limits, cropped to a square, resized to 256×256 and re-encoded as
//! JPEG — which drops every piece of metadata (GPS position, camera, comments).

use image::{ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// Largest upload accepted (the body limit of the photo routes).
pub const MAX_UPLOAD: usize = 5 * 1024 * 1024;
pub const SIZE: u32 = 256;

#[derive(Debug, PartialEq, Eq)]
pub enum PhotoError {
    /// Not a JPEG or PNG image (whatever the file name says).
    NotAnImage,
    TooLarge,
}

/// Turns uploaded bytes into the stored square JPEG.
pub fn process(bytes: &[u8]) -> Result<Vec<u8>, PhotoError> {
    if bytes.len() > MAX_UPLOAD {
        return Err(PhotoError::TooLarge);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| PhotoError::NotAnImage)?;
    if !matches!(reader.format(), Some(ImageFormat::Jpeg | ImageFormat::Png)) {
        return Err(PhotoError::NotAnImage);
    }
    // A small file can claim enormous dimensions (a decompression bomb): cap them.
    let mut limits = Limits::default();
    limits.max_image_width = Some(8000);
    limits.max_image_height = Some(8000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let img = reader.decode().map_err(|_| PhotoError::NotAnImage)?;
    let square = img.resize_to_fill(SIZE, SIZE, image::imageops::FilterType::Lanczos3);
    // Transparent PNGs are flattened onto white rather than black.
    let rgba = square.to_rgba8();
    let mut rgb = image::RgbImage::new(SIZE, SIZE);
    for (x, y, p) in rgba.enumerate_pixels() {
        let a = p[3] as u32;
        let blend = |c: u8| ((c as u32 * a + 255 * (255 - a)) / 255) as u8;
        rgb.put_pixel(x, y, image::Rgb([blend(p[0]), blend(p[1]), blend(p[2])]));
    }
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&rgb)
        .map_err(|_| PhotoError::NotAnImage)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbaImage::from_pixel(w, h, image::Rgba([10, 120, 200, 255]));
        let mut out = Vec::new();
        image::DynamicImage::ImageRgba8(img)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn photos_become_256_pixel_jpegs() {
        let jpeg = process(&png(800, 600)).unwrap();
        assert_eq!(&jpeg[..3], &[0xFF, 0xD8, 0xFF]);
        let back = image::load_from_memory(&jpeg).unwrap();
        assert_eq!((back.width(), back.height()), (256, 256));
    }

    #[test]
    fn anything_else_is_refused_by_its_bytes() {
        assert_eq!(
            process(b"<html><script>alert(1)</script></html>"),
            Err(PhotoError::NotAnImage)
        );
        assert_eq!(
            process(b"GIF89a\x01\x00\x01\x00"),
            Err(PhotoError::NotAnImage)
        );
        let mut truncated = png(50, 50);
        truncated.truncate(40);
        assert_eq!(process(&truncated), Err(PhotoError::NotAnImage));
    }
}
